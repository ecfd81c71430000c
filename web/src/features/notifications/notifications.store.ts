import { defineStore } from 'pinia';
import { ref } from 'vue';
import { unreadCount } from './notifications.api';

/** The unread count the bell shows; pages that read notifications refresh it. */
export const useNotificationsStore = defineStore('notifications', () => {
  const unread = ref(0);
  async function refresh(): Promise<void> {
    unread.value = (await unreadCount()).unread;
  }
  return { unread, refresh };
});
