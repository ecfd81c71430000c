import { api, type Schemas } from '../../app/http';

export type AppNotification = Schemas['NotificationDto'];
export type NotificationPage = Schemas['NotificationPageDto'];
export type ReminderSummary = Schemas['ReminderSummaryDto'];
export type Reminder = Schemas['ReminderDto'];
export type ReminderBody = Schemas['CreateReminderDto'];
export type ReminderSent = Schemas['ReminderSentDto'];
export type ReminderPreview = Schemas['ReminderPreviewDto'];

export const myNotifications = (query: { unread?: boolean; page?: number; pageSize?: number }) => api((c) => c.GET('/api/my/notifications', { params: { query } }));
export const unreadCount = () => api((c) => c.GET('/api/my/notifications/unread-count'));
export const markRead = (id: string) => api((c) => c.POST('/api/my/notifications/{id}/read', { params: { path: { id } } }));
export const markAllRead = () => api((c) => c.POST('/api/my/notifications/read-all'));
export const sendReminder = (body: ReminderBody) => api((c) => c.POST('/api/reminders', { body }));
export const previewReminder = (body: Schemas['PreviewReminderDto']) => api((c) => c.POST('/api/reminders/preview', { body }));
export const listReminders = (query: { page?: number; pageSize?: number }) => api((c) => c.GET('/api/reminders', { params: { query } }));
export const getReminder = (id: string) => api((c) => c.GET('/api/reminders/{id}', { params: { path: { id } } }));
