import { randomInt } from 'node:crypto';
import ExcelJS from 'exceljs';
import { uniq } from '../factories';
import type { Agent } from './agent';

/** The roster template's header, as the server writes it (server/src/modules/users/roster-sheet.ts). */
export const ROSTER_HEADER = ['用户名', '姓名', '性别', '单位', '出生日期', '民族', '政治面貌', '学历', '职级', '职务', '手机号码', '身份证号', '任现职时间', '重点群体'] as const;
export type RosterCell = string | number | Date | null | undefined;
export type RosterSheetRow = Partial<Record<(typeof ROSTER_HEADER)[number] | string, RosterCell>>;

const usedIds = new Set<string>();
/** A valid 18-character resident ID (ISO 7064 MOD 11-2 check character), unique in this process. */
export function residentId(): string {
  for (;;) {
    const body = `3301${String(randomInt(0, 100)).padStart(2, '0')}${randomInt(1960, 2000)}${String(randomInt(1, 13)).padStart(2, '0')}${String(randomInt(1, 29)).padStart(2, '0')}${String(randomInt(0, 1000)).padStart(3, '0')}`;
    const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    const sum = [...body].reduce((acc, digit, i) => acc + Number(digit) * weights[i]!, 0);
    const id = body + '10X98765432'[sum % 11]!;
    if (!usedIds.has(id)) {
      usedIds.add(id);
      return id;
    }
  }
}

/** A valid roster row for the unit named by `unit` (a name path or an id); usernames and ID numbers are unique. */
export function rosterRow(unit: string, overrides: RosterSheetRow = {}): RosterSheetRow {
  return {
    用户名: uniq('imp').toLowerCase(),
    姓名: uniq('导入'),
    性别: '女',
    单位: unit,
    出生日期: '1986-03-15',
    民族: '汉族',
    政治面貌: '中共党员',
    学历: '大学本科',
    职级: '四级主任科员',
    职务: '科员',
    手机号码: '13900001111',
    身份证号: residentId(),
    任现职时间: '',
    重点群体: '执法领域中层干部',
    ...overrides,
  };
}

export async function rosterSheet(rows: RosterSheetRow[], header: readonly string[] = ROSTER_HEADER): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('干部名册');
  sheet.addRow([...header]);
  for (const row of rows) sheet.addRow(header.map((h) => row[h] ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** POST /api/users/import?mode=… with `buffer` in the multipart field `file`. */
export function importRoster(agent: Agent, buffer: Buffer, mode: 'preview' | 'commit' | null, opts: { filename?: string; contentType?: string } = {}) {
  return agent
    .post(`/api/users/import${mode ? `?mode=${mode}` : ''}`)
    .attach('file', buffer, { filename: opts.filename ?? 'roster.xlsx', contentType: opts.contentType ?? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}
