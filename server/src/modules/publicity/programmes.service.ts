import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PUBLICITY_RANKING_RULE, PublicityError, type PublicityContestKind } from '@cadre/shared';
import { DataSource } from 'typeorm';
import type { RequestOrigin } from '../../common/auth/access.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppException, notFound } from '../../common/errors/app-exception';
import { scopedUnit } from '../../common/scope/scoped-unit';
import { insertMany } from '../../database/bulk';
import { AuditService } from '../audit/audit.service';
import { rankRound } from './contest-ranking';
import type { ContestDto, ContestListDto, CreateContestDto, CreateEpisodeDto, EnterScoresDto, EpisodeDto, EpisodeListDto, PeriodQueryDto } from './dto/publicity.dto';
import { OWNER_VISIBLE, canManage, notFoundWith, scopeArgs, unitArgs, unitsInScope } from './publicity-access';

type Row = Record<string, unknown>;

const EPISODES = `
  SELECT e.id, e.channel_id, ch.name AS channel_name, e.aired_on, e.topic, e.guests, o.path AS owner_path
    FROM publicity_episodes e JOIN publicity_channels ch ON ch.id = e.channel_id JOIN org_units o ON o.id = ch.owner_unit_id
   WHERE ${OWNER_VISIBLE}`;

const CONTESTS = `
  SELECT k.id, k.kind, k.title, k.held_on, k.first_prizes, k.second_prizes, k.third_prizes, o.path AS owner_path,
         (SELECT count(*)::int FROM publicity_contest_entrants x WHERE x.contest_id = k.id) AS entrants,
         (SELECT count(DISTINCT x.unit_id)::int FROM publicity_contest_entrants x WHERE x.contest_id = k.id) AS units,
         (SELECT count(*)::int FROM publicity_contest_judges j WHERE j.contest_id = k.id) AS judges
    FROM publicity_contests k JOIN org_units o ON o.id = k.owner_unit_id
   WHERE ${OWNER_VISIBLE}`;

/**
 * The interview programme's episodes (专题访谈节目) and the contests (演讲赛, 理论宣讲大赛) with their rounds, judges,
 * entrants and scores. The org admin manages them; the ranking and prizes are computed from the scores on every read.
 */
@Injectable()
export class ProgrammesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  // ---- episodes ----------------------------------------------------------------------------------------------------

  async episodes(user: AuthUser, query: PeriodQueryDto): Promise<EpisodeListDto> {
    const unit = await scopedUnit(this.db, user, query.unitId);
    const params: unknown[] = unitArgs(unit.path);
    const p = (v: unknown) => (params.push(v), `$${params.length}`);
    const where = [query.from ? ` AND e.aired_on >= ${p(query.from)}::date` : '', query.to ? ` AND e.aired_on <= ${p(query.to)}::date` : ''].join('');
    const rows = (await this.db.query(`${EPISODES}${where} ORDER BY e.aired_on DESC, e.created_at DESC`, params)) as Row[];
    return { items: rows.map((r) => toEpisode(user, r)) };
  }

  async createEpisode(user: AuthUser, dto: CreateEpisodeDto, origin: RequestOrigin): Promise<EpisodeDto> {
    const id = await this.db.transaction(async (tx) => {
      const [channel] = (await tx.query(
        `SELECT ch.id, o.path AS owner_path FROM publicity_channels ch JOIN org_units o ON o.id = ch.owner_unit_id WHERE ch.id = $3 AND ${OWNER_VISIBLE}`,
        [...scopeArgs(user), dto.channelId],
      )) as Row[];
      if (!channel || !canManage(user, channel.owner_path as string)) throw notFoundWith([{ field: 'channelId', message: 'no such channel of yours' }]);
      const [{ id }] = (await tx.query('INSERT INTO publicity_episodes (channel_id, aired_on, topic, guests, created_by_id) VALUES ($1, $2, $3, $4, $5) RETURNING id', [
        dto.channelId,
        dto.airedOn,
        dto.topic,
        dto.guests,
        user.id,
      ])) as [{ id: string }];
      await this.audit.record(
        { action: 'publicity_episode.created', actor: user, target: { type: 'publicity_episode', id }, unitPath: channel.owner_path as string, origin, details: { title: dto.topic, from: dto.airedOn } },
        tx,
      );
      return id;
    });
    const [row] = (await this.db.query(`${EPISODES} AND e.id = $3`, [...scopeArgs(user), id])) as Row[];
    return toEpisode(user, row!);
  }

  async removeEpisode(user: AuthUser, id: string, origin: RequestOrigin): Promise<void> {
    await this.db.transaction(async (tx) => {
      const [row] = (await tx.query(`${EPISODES} AND e.id = $3`, [...scopeArgs(user), id])) as Row[];
      if (!row || !canManage(user, row.owner_path as string)) throw notFound('Episode');
      await tx.query('DELETE FROM publicity_episodes WHERE id = $1', [id]);
      await this.audit.record({ action: 'publicity_episode.deleted', actor: user, target: { type: 'publicity_episode', id }, unitPath: row.owner_path as string, origin, details: { title: row.topic } }, tx);
    });
  }

  // ---- contests ----------------------------------------------------------------------------------------------------

  async contests(user: AuthUser, query: PeriodQueryDto): Promise<ContestListDto> {
    const unit = await scopedUnit(this.db, user, query.unitId);
    const params: unknown[] = unitArgs(unit.path);
    const p = (v: unknown) => (params.push(v), `$${params.length}`);
    const where = [query.from ? ` AND k.held_on >= ${p(query.from)}::date` : '', query.to ? ` AND k.held_on <= ${p(query.to)}::date` : ''].join('');
    const rows = (await this.db.query(`${CONTESTS}${where} ORDER BY k.held_on DESC, k.created_at DESC`, params)) as Row[];
    return { items: rows.map(toContestSummary) };
  }

  async contest(user: AuthUser, id: string): Promise<ContestDto> {
    const [row] = (await this.db.query(`${CONTESTS} AND k.id = $3`, [...scopeArgs(user), id])) as Row[];
    if (!row) throw notFound('Contest');
    const rounds = (await this.db.query('SELECT id, name FROM publicity_contest_rounds WHERE contest_id = $1 ORDER BY position', [id])) as { id: string; name: string }[];
    const judges = (await this.db.query('SELECT id, name FROM publicity_contest_judges WHERE contest_id = $1 ORDER BY position', [id])) as { id: string; name: string }[];
    const entrants = (await this.db.query(
      'SELECT x.id, x.name, x.unit_id, u.name AS unit_name, x.topic FROM publicity_contest_entrants x JOIN org_units u ON u.id = x.unit_id WHERE x.contest_id = $1 ORDER BY x.position',
      [id],
    )) as Row[];
    const scores = (await this.db.query(
      `SELECT s.round_id, s.entrant_id, s.judge_id, s.hundredths FROM publicity_contest_scores s JOIN publicity_contest_rounds r ON r.id = s.round_id WHERE r.contest_id = $1`,
      [id],
    )) as { round_id: string; entrant_id: string; judge_id: string; hundredths: number }[];
    const prizes = { first: Number(row.first_prizes), second: Number(row.second_prizes), third: Number(row.third_prizes) };
    const none = { first: 0, second: 0, third: 0 };
    const entrantList = entrants.map((e) => ({ id: e.id as string, name: e.name as string, unitId: e.unit_id as string, unitName: e.unit_name as string, topic: e.topic as string }));
    const rankings = rounds.map((round, i) => {
      const ranked = rankRound(
        entrantList.map((e) => ({ entrantId: e.id, scores: scores.filter((s) => s.round_id === round.id && s.entrant_id === e.id).map((s) => s.hundredths) })),
        judges.length,
        i === rounds.length - 1 ? prizes : none,
      );
      return {
        roundId: round.id,
        roundName: round.name,
        rows: ranked.map((r) => {
          const e = entrantList.find((x) => x.id === r.entrantId)!;
          return { ...r, name: e.name, unitName: e.unitName, topic: e.topic };
        }),
      };
    });
    return {
      ...toContestSummary(row),
      firstPrizes: prizes.first,
      secondPrizes: prizes.second,
      thirdPrizes: prizes.third,
      rounds,
      judgeList: judges,
      entrantList,
      scores: scores.map((s) => ({ roundId: s.round_id, entrantId: s.entrant_id, judgeId: s.judge_id, hundredths: s.hundredths })),
      rankings,
      rule: PUBLICITY_RANKING_RULE,
      canEdit: canManage(user, row.owner_path as string),
    };
  }

  async createContest(user: AuthUser, dto: CreateContestDto, origin: RequestOrigin): Promise<ContestDto> {
    const id = await this.db.transaction(async (tx) => {
      const units = await unitsInScope(tx, user, dto.entrants.map((e) => e.unitId));
      const problems = dto.entrants.flatMap((e, i) => (units.has(e.unitId) ? [] : [{ field: `entrants.${i}.unitId`, message: 'no such active unit in your scope' }]));
      if (problems.length) throw notFoundWith(problems);
      const [{ id }] = (await tx.query(
        `INSERT INTO publicity_contests (owner_unit_id, kind, title, held_on, first_prizes, second_prizes, third_prizes, created_by_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [user.scopeUnitId, dto.kind, dto.title, dto.heldOn, dto.firstPrizes, dto.secondPrizes, dto.thirdPrizes, user.id],
      )) as [{ id: string }];
      await insertMany(tx, 'publicity_contest_rounds', ['contest_id', 'position', 'name'], dto.rounds.map((name, i) => [id, i, name]));
      await insertMany(tx, 'publicity_contest_judges', ['contest_id', 'position', 'name'], dto.judges.map((name, i) => [id, i, name]));
      await insertMany(tx, 'publicity_contest_entrants', ['contest_id', 'position', 'name', 'unit_id', 'topic'], dto.entrants.map((e, i) => [id, i, e.name, e.unitId, e.topic ?? '']));
      await this.audit.record(
        {
          action: 'publicity_contest.created',
          actor: user,
          target: { type: 'publicity_contest', id },
          unitPath: user.scopePath,
          origin,
          details: { kind: dto.kind, title: dto.title, count: dto.entrants.length },
        },
        tx,
      );
      return id;
    });
    return this.contest(user, id);
  }

  async removeContest(user: AuthUser, id: string, origin: RequestOrigin): Promise<void> {
    await this.db.transaction(async (tx) => {
      const [row] = (await tx.query(`${CONTESTS} AND k.id = $3`, [...scopeArgs(user), id])) as Row[];
      if (!row || !canManage(user, row.owner_path as string)) throw notFound('Contest');
      await tx.query('DELETE FROM publicity_contests WHERE id = $1', [id]);
      await this.audit.record({ action: 'publicity_contest.deleted', actor: user, target: { type: 'publicity_contest', id }, unitPath: row.owner_path as string, origin, details: { title: row.title } }, tx);
    });
  }

  /** Stores a round's scores (one judge's for one entrant replaces the earlier one) in one transaction. */
  async enterScores(user: AuthUser, contestId: string, roundId: string, dto: EnterScoresDto, origin: RequestOrigin): Promise<ContestDto> {
    await this.db.transaction(async (tx) => {
      const [row] = (await tx.query(`${CONTESTS} AND k.id = $3`, [...scopeArgs(user), contestId])) as Row[];
      if (!row || !canManage(user, row.owner_path as string)) throw notFound('Contest');
      const [round] = (await tx.query('SELECT id FROM publicity_contest_rounds WHERE id = $1 AND contest_id = $2', [roundId, contestId])) as Row[];
      if (!round) throw notFound('Round');
      const judges = new Set(((await tx.query('SELECT id FROM publicity_contest_judges WHERE contest_id = $1', [contestId])) as { id: string }[]).map((r) => r.id));
      const entrants = new Set(((await tx.query('SELECT id FROM publicity_contest_entrants WHERE contest_id = $1', [contestId])) as { id: string }[]).map((r) => r.id));
      const problems = dto.scores.flatMap((s, i) => [
        ...(entrants.has(s.entrantId) ? [] : [{ field: `scores.${i}.entrantId`, message: 'not an entrant of the contest' }]),
        ...(judges.has(s.judgeId) ? [] : [{ field: `scores.${i}.judgeId`, message: 'not a judge of the contest' }]),
      ]);
      if (problems.length) throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, PublicityError.NotInContest, 'Scores name people outside the contest', problems);
      // The last score given for a pair in one request is the one kept.
      const byPair = new Map(dto.scores.map((s) => [`${s.entrantId}:${s.judgeId}`, s]));
      await insertMany(
        tx,
        'publicity_contest_scores',
        ['round_id', 'entrant_id', 'judge_id', 'hundredths'],
        [...byPair.values()].map((s) => [roundId, s.entrantId, s.judgeId, s.hundredths]),
        'ON CONFLICT (round_id, entrant_id, judge_id) DO UPDATE SET hundredths = EXCLUDED.hundredths',
      );
      await this.audit.record(
        { action: 'publicity_contest.scores_entered', actor: user, target: { type: 'publicity_contest', id: contestId }, unitPath: row.owner_path as string, origin, details: { count: byPair.size, roundId } },
        tx,
      );
    });
    return this.contest(user, contestId);
  }
}

function toEpisode(user: AuthUser, r: Row): EpisodeDto {
  return {
    id: r.id as string,
    channelId: r.channel_id as string,
    channelName: r.channel_name as string,
    airedOn: r.aired_on as string,
    topic: r.topic as string,
    guests: r.guests as string[],
    canEdit: canManage(user, r.owner_path as string),
  };
}

function toContestSummary(r: Row) {
  return {
    id: r.id as string,
    kind: r.kind as PublicityContestKind,
    title: r.title as string,
    heldOn: r.held_on as string,
    entrants: Number(r.entrants),
    units: Number(r.units),
    judges: Number(r.judges),
  };
}
