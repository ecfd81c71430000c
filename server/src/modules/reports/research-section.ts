import type { ResearchFiguresDto } from '../research/dto/research.dto';
import type { ReportFigureDto, ReportSectionDto } from './dto/progress-report.dto';

const qs = (params: Record<string, string | undefined>) => new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined)).toString();
const fig = (key: string, label: string, value: number | null, unit: string, link: string | null): ReportFigureDto => ({ key, label, value, unit, link });

/**
 * The report's 调查研究 section (key `research`): research topics held by leaders, visits (villages among them),
 * problems found and solved, from the research figures of the unit and period. In the seed report it belongs to
 * (一) 统筹考量 (the campaign joined with 大兴调查研究之风), so it follows the dispatch meetings. Kept apart from the
 * report service so that sections added at the same time merge without touching each other.
 */
export function researchSection(f: ResearchFiguresDto, from: string, to: string): ReportSectionDto {
  const period = { unitId: f.unit.id, from, to };
  const rate = f.problems > 0 ? Math.round((f.solved / f.problems) * 1000) / 10 : null;
  const empty = f.topics === 0 && f.visits === 0 && f.problems === 0;
  const leaders = f.byLeader.length;
  const text = empty
    ? '本期尚无调查研究记录。'
    : `大兴调查研究之风，${leaders}名领导干部领题开展调研，本期调研课题${f.topics}个（已结题${f.concluded}个），深入基层走访调研${f.visits}次，走访村（社区）${f.villages}个，` +
      (f.problems > 0 ? `发现问题${f.problems}个，已解决${f.solved}个，解决率${rate}%。` : '尚未梳理出问题。');
  return {
    key: 'research',
    title: '调查研究',
    text,
    // No record in the period: the sentence says so, and no line of zeros follows it.
    figures: empty
      ? []
      : [
          fig('topics', '调研课题', f.topics, '个', `/research?${qs(period)}`),
          fig('concluded', '已结题', f.concluded, '个', `/research?${qs({ ...period, status: 'concluded' })}`),
          fig('visits', '走访调研', f.visits, '次', `/research/visits?${qs(period)}`),
          fig('villages', '走访村（社区）', f.villages, '个', `/research/visits?${qs({ ...period, village: 'true' })}`),
          fig('problems', '发现问题', f.problems, '个', `/research/problems?${qs(period)}`),
          fig('solved', '已解决', f.solved, '个', `/research/problems?${qs({ ...period, status: 'solved' })}`),
          fig('solvedRate', '问题解决率', rate, '%', `/research/problems?${qs(period)}`),
        ],
    table: empty
      ? undefined
      : {
          columns: ['牵头领导', '所在单位', '调研课题（个）', '走访（次）', '发现问题（个）', '已解决（个）'],
          rows: f.byLeader.map((l) => ({ cells: [l.leader.name, l.unitName, l.topics, l.visits, l.problems, l.solved], link: `/research?${qs({ ...period, leaderId: l.leader.id })}` })),
        },
  };
}
