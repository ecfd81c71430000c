import type { AssignableCadreGroup, Education, Gender, OrgUnitKind, PoliticalStatus, Rank, Role } from '@cadre/shared';
import type { EntityManager } from 'typeorm';
import type { FieldCipher } from '../../common/crypto/field-cipher';
import {
  CITY_NAME,
  DEPARTMENT_HEADS,
  COMMUNITY_NAMES,
  DEMO_TOWN,
  DEPARTMENTS,
  GIVEN_FEMALE,
  GIVEN_MALE,
  LAW_ENFORCEMENT_DEPARTMENTS,
  NEW_ORGS,
  PARTY_BODIES,
  isPartyPost,
  SUBDISTRICT_DEPUTIES,
  SURNAMES,
  TOWN_DEPUTIES,
  TOWNS,
  VILLAGE_HEADS,
  VILLAGE_TAILS,
} from './demo-names';
import { chunks, insertRows } from './bulk';
import { SeededRandom } from './random';

export const DEMO_PASSWORD = 'Demo@2026';
export const DEMO_ACCOUNTS = ['zzb_admin', 'town_admin', 'lecturer01', 'cadre01', 'auditor01'] as const;

export interface UnitRow {
  id: string;
  parentId: string | null;
  name: string;
  kind: OrgUnitKind;
  path: string;
  depth: number;
  sortOrder: number;
}

export interface CadreRow {
  id: string;
  username: string;
  name: string;
  gender: Gender;
  birthDate: string;
  ethnicity: string;
  politicalStatus: PoliticalStatus;
  education: Education;
  unitId: string;
  rank: Rank;
  position: string;
  phone: string;
  idNumber: string;
  appointmentDate: string | null;
  keyGroups: AssignableCadreGroup[];
  roles: Role[];
  scopeUnitId: string | null;
}

export interface DemoCitySummary {
  units: UnitRow[];
  cadres: CadreRow[];
}

function uuidFrom(rng: SeededRandom): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(rng.next() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return isoDate(d);
}

/** A fictional resident ID (region 619900 does not exist) with a correct check digit; unique within `used`. */
function residentId(rng: SeededRandom, birthDate: string, gender: Gender, used: Set<string>): string {
  let seq = rng.int(0, 498);
  if (seq % 2 !== (gender === 'male' ? 1 : 0)) seq += 1;
  let body = `619900${birthDate.replace(/-/g, '')}${String(seq).padStart(3, '0')}`;
  while (used.has(body)) {
    seq += 2;
    body = `619900${birthDate.replace(/-/g, '')}${String(seq % 1000).padStart(3, '0')}`;
  }
  used.add(body);
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((acc, ch, i) => acc + Number(ch) * weights[i]!, 0);
  return body + '10X98765432'[sum % 11];
}

/**
 * Builds the fictional demo city: 12 towns and sub-districts with their villages and communities, 40 departments,
 * 20 enterprises and social organisations, about 3,000 cadres, and the five demo accounts. Deterministic: the same
 * seed gives the same names, ids and people; dates are relative to 1 January of `year`.
 */
export function buildDemoCity(year: number): { units: UnitRow[]; cadres: CadreRow[] } {
  const rng = new SeededRandom(20_260_101);
  const jan1 = `${year}-01-01`;
  const units: UnitRow[] = [];
  const addUnit = (parent: UnitRow | null, name: string, kind: OrgUnitKind, sortOrder: number): UnitRow => {
    const id = uuidFrom(rng);
    const unit: UnitRow = {
      id,
      parentId: parent?.id ?? null,
      name,
      kind,
      path: `${parent?.path ?? '/'}${id}/`,
      depth: parent ? parent.depth + 1 : 0,
      sortOrder,
    };
    units.push(unit);
    return unit;
  };

  const city = addUnit(null, CITY_NAME, 'city', 0);
  const departments = DEPARTMENTS.map((name, i) => addUnit(city, name, 'department', 100 + i));
  const towns = TOWNS.map((t, i) => addUnit(city, t.name, t.kind, 200 + i));
  const newOrgs = NEW_ORGS.map((o, i) => addUnit(city, o.name, o.kind, 300 + i));
  const villages: UnitRow[] = [];
  towns.forEach((town, t) => {
    const count = 250 / towns.length + (t < 250 % towns.length ? 1 : 0);
    const used = new Set<string>();
    for (let i = 0; i < Math.floor(count); i++) {
      const community = town.kind === 'subdistrict' || (i % 7 === 0 && i > 0);
      let name: string;
      do {
        name = community ? `${rng.pick(COMMUNITY_NAMES)}社区` : `${rng.pick(VILLAGE_HEADS)}${rng.pick(VILLAGE_TAILS)}村`;
      } while (used.has(name));
      used.add(name);
      villages.push(addUnit(town, name, community ? 'community' : 'village', i));
    }
  });

  const cadres: CadreRow[] = [];
  const usedIds = new Set<string>();
  const usedNames = new Map<string, number>();
  const person = (unit: UnitRow, rank: Rank, position: string, opts: { leader?: boolean; minAge?: number; maxAge?: number } = {}) => {
    const gender: Gender = rng.chance(0.62) ? 'male' : 'female';
    let name = rng.pick(SURNAMES) + rng.pick(gender === 'male' ? GIVEN_MALE : GIVEN_FEMALE);
    const seen = usedNames.get(name) ?? 0;
    usedNames.set(name, seen + 1);
    if (seen > 0 && rng.chance(0.5)) name = rng.pick(SURNAMES) + rng.pick(gender === 'male' ? GIVEN_MALE : GIVEN_FEMALE);
    const age = rng.int(opts.minAge ?? 24, opts.maxAge ?? 59);
    const birthDate = addDays(`${year - age}-01-01`, -rng.int(0, 364));
    const leader = opts.leader ?? false;
    const recent = leader && rng.chance(0.14);
    const appointmentDate = leader ? (recent ? addDays(jan1, rng.int(1, 15)) : addDays(jan1, -rng.int(400, 3600))) : null;
    const keyGroups: AssignableCadreGroup[] = [];
    if (unit.kind === 'department' && LAW_ENFORCEMENT_DEPARTMENTS.has(unit.name) && ['fu_ke', 'zhuren_keyuan_1', 'zhuren_keyuan_2', 'zhuren_keyuan_3'].includes(rank) && rng.chance(0.7)) {
      keyGroups.push('law_enforcement_mid');
    }
    if (age >= 56 && rng.chance(0.35)) keyGroups.push('retired_or_stepped_down');
    if (unit.kind === 'enterprise' || unit.kind === 'social_org') keyGroups.push('two_new_orgs');
    const row: CadreRow = {
      id: uuidFrom(rng),
      username: `c${String(10001 + cadres.length)}`,
      name,
      gender,
      birthDate,
      ethnicity: rng.chance(0.97) ? '汉族' : rng.pick(['回族', '满族', '蒙古族', '土家族']),
      politicalStatus: rng.weighted<PoliticalStatus>([
        ['cpc_member', 80],
        ['cpc_probationary', 3],
        ['cyl_member', 5],
        ['democratic_party', 3],
        ['masses', 9],
      ]),
      education: rng.weighted<Education>([
        ['postgraduate', 12],
        ['bachelor', 58],
        ['college', 22],
        ['secondary', 5],
        ['high_school_or_below', 3],
      ]),
      unitId: unit.id,
      rank,
      position,
      phone: `1${rng.pick(['38', '39', '37', '35', '36', '50', '51', '52', '58', '59', '87', '88', '89', '80', '81'])}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`,
      idNumber: '',
      appointmentDate,
      keyGroups,
      roles: ['cadre'],
      scopeUnitId: null,
    };
    row.idNumber = residentId(rng, birthDate, gender, usedIds);
    cadres.push(row);
    return row;
  };

  // A post held by one person per unit: the first to draw it gets it, a later draw takes `instead` (no extra random draw,
  // so everyone else stays as the seed made them).
  const held = new Set<string>();
  const once = (unit: UnitRow, post: string, instead: string): string => {
    const key = `${unit.id} ${post}`;
    if (held.has(key)) return instead;
    held.add(key);
    return post;
  };

  // City leadership sits in the four leading offices (市委办公室, 市人大常委会办公室, 市政府办公室, 市政协办公室), each
  // leader and deputy in their own office. The deputies' draw of a post is kept (and unused) so the seed's sequence, and
  // with it every name and date of the demo, stays as it was.
  const leadOffices = departments.slice(0, 4);
  ['市委书记', '市人大常委会主任', '市长', '市政协主席'].forEach((post, i) => person(leadOffices[i]!, 'zheng_chu', post, { leader: true, minAge: 45, maxAge: 56 }));
  const deputyPosts = ['市委常委', '人大常委会副主任', '副市长', '政协副主席'];
  for (let i = 0; i < 14; i++) {
    rng.next();
    person(leadOffices[i % 4]!, 'fu_chu', deputyPosts[i % 4]!, { leader: true, minAge: 40, maxAge: 57 });
  }

  for (const dept of departments) {
    const head = DEPARTMENT_HEADS[dept.name] ?? (dept.name.endsWith('局') ? '局长' : dept.name.endsWith('部') ? '部长' : '主任');
    person(dept, 'zheng_ke', head, { leader: true, minAge: 38, maxAge: 58 });
    // A party body has no 党组 of its own: its second leader is the 常务副 head.
    person(dept, 'zheng_ke', PARTY_BODIES.has(dept.name) ? `常务副${head}` : '党组书记', { leader: true, minAge: 40, maxAge: 58 });
    for (let i = 0; i < rng.int(2, 4); i++) person(dept, 'fu_ke', `副${head}`, { leader: true, minAge: 32, maxAge: 57 });
    const staff = rng.int(26, 38);
    for (let i = 0; i < staff; i++) {
      const rank = rng.weighted<Rank>([
        ['zhuren_keyuan_1', 6],
        ['zhuren_keyuan_2', 9],
        ['zhuren_keyuan_3', 12],
        ['zhuren_keyuan_4', 14],
        ['keyuan_1', 18],
        ['keyuan_2', 8],
      ]);
      const post = rng.pick(['股长', '科员', '办公室主任', '综合股干部', '业务股干部', LAW_ENFORCEMENT_DEPARTMENTS.has(dept.name) ? '执法大队中队长' : '科员']);
      person(dept, rank, post === '办公室主任' ? once(dept, post, '综合股干部') : post);
    }
  }

  for (const town of towns) {
    const isStreet = town.kind === 'subdistrict';
    person(town, 'zheng_ke', isStreet ? '街道党工委书记' : '镇党委书记', { leader: true, minAge: 38, maxAge: 55 });
    person(town, 'zheng_ke', isStreet ? '街道办事处主任' : '镇长', { leader: true, minAge: 35, maxAge: 55 });
    // Five to seven deputies, one to each post of the town's leadership (one 纪委书记, one 人大主席 ...); the post's draw is
    // kept, unused, for the seed's sequence.
    const deputies = isStreet ? SUBDISTRICT_DEPUTIES : TOWN_DEPUTIES;
    for (let i = 0; i < rng.int(5, 7); i++) {
      rng.next();
      person(town, 'fu_ke', deputies[i]!, { leader: true, minAge: 30, maxAge: 57 });
    }
    for (let i = 0; i < rng.int(44, 56); i++) {
      const rank = rng.weighted<Rank>([
        ['zhuren_keyuan_2', 4],
        ['zhuren_keyuan_3', 8],
        ['zhuren_keyuan_4', 12],
        ['keyuan_1', 22],
        ['keyuan_2', 10],
        ['other', 6],
      ]);
      person(town, rank, rng.pick(['党政办干部', '经济发展办干部', '社会事务办干部', '综治中心干部', '包村干部', '便民服务中心干部']));
    }
  }

  for (const village of villages) {
    const community = village.kind === 'community';
    person(village, 'other', community ? '社区党支部书记' : '村党支部书记', { minAge: 30, maxAge: 60 });
    person(village, 'other', community ? '社区居委会主任' : '村委会主任', { minAge: 28, maxAge: 60 });
    if (rng.chance(0.55)) person(village, 'other', community ? '社区网格员' : '村务监督委员会主任', { minAge: 25, maxAge: 60 });
  }

  for (const org of newOrgs) {
    person(org, 'other', org.kind === 'enterprise' ? '企业党支部书记' : '党支部书记', { minAge: 30, maxAge: 58 });
    for (let i = 0; i < rng.int(3, 5); i++) {
      const post = rng.pick(org.kind === 'enterprise' ? ['总经理', '副总经理', '党群专干', '人事主管'] : ['秘书长', '会长', '党建指导员']);
      const instead: Record<string, string> = { 总经理: '副总经理', 党群专干: '行政专员', 人事主管: '人事专员', 秘书长: '副秘书长', 会长: '副会长', 党建指导员: '会员服务专员' };
      person(org, 'other', post === '副总经理' ? post : once(org, post, instead[post]!), { minAge: 25, maxAge: 58 });
    }
  }

  // The demo accounts, described in the README.
  const orgDept = departments.find((d) => d.name === '市委组织部')!;
  const demoTown = towns.find((t) => t.name === DEMO_TOWN)!;
  const account = (username: string, row: CadreRow, patch: Partial<CadreRow>) => Object.assign(row, { username, ...patch });
  account('zzb_admin', person(orgDept, 'fu_ke', '干部教育科科长', { minAge: 35, maxAge: 45 }), {
    name: '赵明远',
    gender: 'male',
    roles: ['cadre', 'org_admin'],
    scopeUnitId: city.id,
    keyGroups: [],
  });
  account('town_admin', person(demoTown, 'zhuren_keyuan_2', '党建办主任', { minAge: 32, maxAge: 42 }), {
    name: '孙丽华',
    gender: 'female',
    roles: ['cadre', 'unit_admin'],
    scopeUnitId: demoTown.id,
    keyGroups: [],
  });
  account('lecturer01', person(demoTown, 'zhuren_keyuan_3', '宣传统战委员', { minAge: 30, maxAge: 40 }), {
    name: '李文博',
    gender: 'male',
    roles: ['cadre', 'lecturer'],
    keyGroups: [],
  });
  account('cadre01', person(demoTown, 'fu_ke', '副镇长', { minAge: 30, maxAge: 36 }), {
    name: '王建国',
    gender: 'male',
    appointmentDate: `${year}-01-02`,
    keyGroups: [],
  });
  account('auditor01', person(departments.find((d) => d.name === '市委网信办')!, 'zhuren_keyuan_3', '网络安全科科员', { minAge: 28, maxAge: 40 }), {
    name: '陈静',
    gender: 'female',
    roles: ['cadre', 'auditor'],
    scopeUnitId: city.id,
    keyGroups: [],
  });
  // A 四级调研员 (处级 by 职级, 《公务员职务与职级并行规定》) among 龙门镇's staff: their claims are the city's to decide, not the
  // town admin's. Set after everyone is drawn, so the rest of the city stays as the seed made it.
  const researcher = cadres.find((c) => c.unitId === demoTown.id && c.username.startsWith('c') && c.rank.startsWith('zhuren_keyuan_'));
  if (researcher) Object.assign(researcher, { rank: 'diaoyanyuan_4', position: '四级调研员' });
  // Party posts, and the leaders of the city's party bodies, are held by party members (a 党建办主任 is not 群众). Set
  // after everyone is drawn, for the same reason.
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  for (const c of cadres) {
    const partyBodyLeader = PARTY_BODIES.has(unitName.get(c.unitId)!) && ['zheng_chu', 'fu_chu', 'zheng_ke', 'fu_ke'].includes(c.rank);
    if (isPartyPost(c.position) || partyBodyLeader) c.politicalStatus = 'cpc_member';
  }
  return { units, cadres };
}

/** Writes the demo city in a few multi-row INSERTs (inside the caller's transaction). */
export async function seedDemoCity(tx: EntityManager, cipher: FieldCipher, passwordHash: string, year: number): Promise<DemoCitySummary> {
  const { units, cadres } = buildDemoCity(year);
  for (const chunk of chunks(units, 500)) {
    await insertRows(
      tx,
      'org_units',
      ['id', 'parent_id', 'name', 'kind', 'path', 'depth', 'sort_order'],
      chunk.map((u) => [u.id, u.parentId, u.name, u.kind, u.path, u.depth, u.sortOrder]),
    );
  }
  for (const chunk of chunks(cadres, 400)) {
    await insertRows(
      tx,
      'users',
      [
        'id', 'username', 'password_hash', 'must_change_password', 'status', 'roles', 'scope_unit_id', 'name', 'gender', 'birth_date',
        'ethnicity', 'political_status', 'education', 'unit_id', 'rank', 'position', 'phone', 'id_number_enc', 'id_number_hash',
        'appointment_date', 'key_groups',
      ],
      chunk.map((c) => [
        c.id, c.username, passwordHash, false, 'active', c.roles, c.scopeUnitId, c.name, c.gender, c.birthDate, c.ethnicity,
        c.politicalStatus, c.education, c.unitId, c.rank, c.position, c.phone, cipher.encrypt(c.idNumber), cipher.hash(c.idNumber),
        c.appointmentDate, c.keyGroups,
      ]),
    );
  }
  return { units, cadres };
}
