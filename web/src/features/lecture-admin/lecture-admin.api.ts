import { api, type Schemas } from '../../app/http';
import { download } from '../../app/download';

export type LectureTeam = Schemas['LectureTeamDto'];
export type LectureTeamDetail = Schemas['LectureTeamDetailDto'];
export type LectureTopic = Schemas['LectureTopicDto'];
export type LectureStats = Schemas['LectureStatsDto'];
export type Coverage = Schemas['CoverageDto'];
export type CountRow = Schemas['CountRowDto'];
export type HourRule = Schemas['HourRuleDto'];

export const listTeams = (includeInactive = false) => api((c) => c.GET('/api/lecture-teams', { params: { query: { includeInactive } } }));
export const getTeam = (id: string) => api((c) => c.GET('/api/lecture-teams/{id}', { params: { path: { id } } }));
export const createTeam = (body: Schemas['CreateLectureTeamDto']) => api((c) => c.POST('/api/lecture-teams', { body }));
export const updateTeam = (id: string, body: Schemas['UpdateLectureTeamDto']) => api((c) => c.PATCH('/api/lecture-teams/{id}', { params: { path: { id } }, body }));
export const setTeamMembers = (id: string, members: Schemas['TeamMemberInputDto'][]) =>
  api((c) => c.PUT('/api/lecture-teams/{id}/members', { params: { path: { id } }, body: { members } }));

export const listTopics = () => api((c) => c.GET('/api/lecture-topics', { params: { query: { includeInactive: true } } }));
export const createTopic = (body: Schemas['CreateLectureTopicDto']) => api((c) => c.POST('/api/lecture-topics', { body }));
export const updateTopic = (id: string, body: Schemas['UpdateLectureTopicDto']) => api((c) => c.PATCH('/api/lecture-topics/{id}', { params: { path: { id } }, body }));
export const removeTopic = (id: string) => api((c) => c.DELETE('/api/lecture-topics/{id}', { params: { path: { id } } }));

export const lectureStats = (year: number, unitId?: string) => api((c) => c.GET('/api/lecture-stats', { params: { query: { year, unitId } } }));
export const lectureCoverage = (year: number, unitId?: string) => api((c) => c.GET('/api/lecture-stats/coverage', { params: { query: { year, unitId } } }));

/** The workbook of the year's sessions and figures under the unit, named as the server names it. */
export function exportSessions(year: number, unitId: string, unitName: string): Promise<void> {
  const query = new URLSearchParams({ year: String(year), unitId });
  return download(`/api/exports/lecture-sessions.xlsx?${query.toString()}`, `${unitName}-${year}年理论宣讲.xlsx`);
}

export const listHourRules = () => api((c) => c.GET('/api/hour-rules'));
export const saveHourRules = (rules: HourRule[]) => api((c) => c.PUT('/api/hour-rules', { body: { rules } }));

/** Active cadres in the caller's scope whose name or username matches, for the member picker. */
export const searchCadres = (q: string) => api((c) => c.GET('/api/users', { params: { query: { q: q || undefined, status: 'active', pageSize: 20 } } }));
