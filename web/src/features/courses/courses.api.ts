import type { operations } from '@cadre/shared/api';
import { api, type Schemas } from '../../app/http';

export type CourseSummary = Schemas['CourseSummaryDto'];
export type CourseDetail = Schemas['CourseDetailDto'];
export type MyCourse = Schemas['MyCourseDto'];
export type Player = Schemas['PlayerDto'];
export type PlayerLesson = Schemas['PlayerLessonDto'];
export type CourseQuery = NonNullable<operations['Courses_list']['parameters']['query']>;

export const listCategories = () => api((c) => c.GET('/api/course-categories'));
export const listCourses = (query: CourseQuery) => api((c) => c.GET('/api/courses', { params: { query } }));
export const getCourse = (id: string) => api((c) => c.GET('/api/courses/{id}', { params: { path: { id } } }));
export const myCourses = (status?: Schemas['MyCourseFilter']) => api((c) => c.GET('/api/my/courses', { params: { query: { status } } }));
export const enroll = (courseId: string) => api((c) => c.POST('/api/my/courses/{courseId}', { params: { path: { courseId } } }));
export const getPlayer = (courseId: string) => api((c) => c.GET('/api/my/courses/{courseId}/player', { params: { path: { courseId } } }));
export const reportProgress = (lessonId: string, body: Schemas['ReportProgressDto']) =>
  api((c) => c.POST('/api/my/lessons/{lessonId}/progress', { params: { path: { lessonId } }, body }));
