import type { operations } from '@cadre/shared/api';
import { api, type Schemas } from '../../app/http';

export type UserSummary = Schemas['UserSummaryDto'];
export type UserDetail = Schemas['UserDetailDto'];
export type UserQuery = NonNullable<operations['Users_list']['parameters']['query']>;

export function listUsers(query: UserQuery) {
  return api((c) => c.GET('/api/users', { params: { query } }));
}

export function getUser(id: string) {
  return api((c) => c.GET('/api/users/{id}', { params: { path: { id } } }));
}

export function createUser(body: Schemas['CreateUserDto']) {
  return api((c) => c.POST('/api/users', { body }));
}

export function updateUser(id: string, body: Schemas['UpdateUserDto']) {
  return api((c) => c.PATCH('/api/users/{id}', { params: { path: { id } }, body }));
}

export function revealNumbers(id: string) {
  return api((c) => c.GET('/api/users/{id}/personal-numbers', { params: { path: { id } } }));
}

export function resetPassword(id: string) {
  return api((c) => c.POST('/api/users/{id}/reset-password', { params: { path: { id } } }));
}
