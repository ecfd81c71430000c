import type { operations } from '@cadre/shared/api';
import { api, type Schemas } from '../../app/http';

export type CourseEdit = Schemas['CourseEditDto'];
export type LessonEdit = Schemas['LessonEditDto'];
export type EnrollmentQuery = NonNullable<operations['Courses_enrollmentsOf']['parameters']['query']>;

export const getForEdit = (id: string) => api((c) => c.GET('/api/courses/{id}/edit', { params: { path: { id } } }));
export const createCourse = (body: Schemas['CreateCourseDto']) => api((c) => c.POST('/api/courses', { body }));
export const updateCourse = (id: string, body: Schemas['UpdateCourseDto']) => api((c) => c.PATCH('/api/courses/{id}', { params: { path: { id } }, body }));
export const setCourseHours = (id: string, body: Schemas['SetCourseHoursDto']) => api((c) => c.PUT('/api/courses/{id}/hours', { params: { path: { id } }, body }));
export const publishCourse = (id: string) => api((c) => c.POST('/api/courses/{id}/publish', { params: { path: { id } } }));
export const archiveCourse = (id: string) => api((c) => c.POST('/api/courses/{id}/archive', { params: { path: { id } } }));
export const addLesson = (id: string, body: Schemas['SaveLessonDto']) => api((c) => c.POST('/api/courses/{id}/lessons', { params: { path: { id } }, body }));
export const updateLesson = (id: string, body: Schemas['SaveLessonDto']) => api((c) => c.PATCH('/api/lessons/{id}', { params: { path: { id } }, body }));
export const removeLesson = (id: string) => api((c) => c.DELETE('/api/lessons/{id}', { params: { path: { id } } }));
export const reorderLessons = (id: string, lessonIds: string[]) =>
  api((c) => c.PUT('/api/courses/{id}/lessons/order', { params: { path: { id } }, body: { lessonIds } }));
export const assignCourse = (id: string, body: Schemas['AssignCourseDto']) => api((c) => c.POST('/api/courses/{id}/assignments', { params: { path: { id } }, body }));
export const listAssignments = (id: string) => api((c) => c.GET('/api/courses/{id}/assignments', { params: { path: { id } } }));
export const courseEnrollments = (id: string, query: EnrollmentQuery) =>
  api((c) => c.GET('/api/courses/{id}/enrollments', { params: { path: { id }, query } }));
export const createCategory = (body: Schemas['SaveCategoryDto']) => api((c) => c.POST('/api/course-categories', { body }));
export const updateCategory = (id: string, body: Schemas['SaveCategoryDto']) => api((c) => c.PATCH('/api/course-categories/{id}', { params: { path: { id } }, body }));
export const removeCategory = (id: string) => api((c) => c.DELETE('/api/course-categories/{id}', { params: { path: { id } } }));
export const getPlan = (year: number) => api((c) => c.GET('/api/training-plans/{year}', { params: { path: { year } } }));
export const savePlan = (year: number, rules: Schemas['PlanRuleDto'][]) => api((c) => c.PUT('/api/training-plans/{year}', { params: { path: { year } }, body: { rules } }));
