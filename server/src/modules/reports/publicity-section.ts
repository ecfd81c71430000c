import { chineseDate as cn } from '../../common/time';
import type { PublicityFiguresDto } from '../publicity/dto/publicity.dto';
import type { ReportFigureDto, ReportSectionDto } from './dto/progress-report.dto';

const fig = (key: string, label: string, value: number | null, unit: string, link: string | null): ReportFigureDto => ({ key, label, value, unit, link });

/**
 * The report's 宣传引导 section (key `publicity`, the seed report's （五）强化宣传，营造氛围): the columns open in the
 * period by name, the items published by units of the report's unit, the interview programme's episodes and the
 * contests. It replaces the seed's placeholders “*个专栏”, “累计发稿***余篇（条）”, “专题访谈节目**期”. What has no
 * record says so; a period with none at all prints one sentence and no figures.
 */
export function publicitySection(f: PublicityFiguresDto): ReportSectionDto {
  const { from, to } = f;
  const nothing = f.columns.length === 0 && f.items === 0 && f.episodes === 0 && f.contests === 0;
  const names = f.columns.map((c) => `“${c.label.split('·').slice(1).join('·')}”`).join('');
  const channels = f.itemsByChannel.map((c) => `${c.label}${c.count}篇`).join('、');
  const parts = [
    f.columns.length > 0 ? `开设${names}${f.columns.length}个专栏` : '尚未开设专栏',
    f.items > 0 ? `累计发稿${f.items}篇（条）（${channels}）` : '尚无发稿记录',
    f.episodes > 0 ? `制作专题访谈节目${f.episodes}期` : '尚无专题访谈节目记录',
    f.contests > 0 ? `举办演讲比赛${f.contests}场，${f.contestEntrants}名选手参赛` : '尚无演讲比赛记录',
  ];
  const silent = f.silentUnits.length > 0 ? `${f.silentUnits.map((u) => u.unitName).join('、')}本期尚无发稿，需加强宣传报道。` : '';
  return {
    key: 'publicity',
    title: '宣传引导',
    text: nothing ? `${cn(from)}至${cn(to)}，尚无宣传引导记录。` : `持续加强宣传引导，${cn(from)}至${cn(to)}，${parts.join('；')}。${silent}`,
    figures: nothing
      ? []
      : [
          fig('columns', '专栏', f.columns.length, '个', f.columnsLink),
          fig('items', '发稿', f.items, '篇（条）', f.itemsLink),
          fig('episodes', '专题访谈节目', f.episodes, '期', f.episodesLink),
          fig('contests', '演讲比赛', f.contests, '场', f.contestsLink),
          fig('silentUnits', '本期无发稿单位', f.silentUnits.length, '个', `/publicity/figures?unitId=${f.unit.id}&from=${from}&to=${to}`),
        ],
    table:
      f.items > 0
        ? { columns: ['单位', '发稿（篇/条）'], rows: f.byUnit.map((u) => ({ cells: [u.unitName, u.items], link: `/publicity/items?unitId=${u.unitId}&from=${from}&to=${to}` })) }
        : undefined,
  };
}
