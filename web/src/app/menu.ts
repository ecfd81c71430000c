import type { Role } from '@cadre/shared';
import { Bell, Calendar, ChatDotSquare, Collection, DataAnalysis, Document, EditPen, Files, HomeFilled, Medal, Microphone, Notebook, OfficeBuilding, Promotion, Reading, Stamp, Tickets, TrendCharts, Trophy, User, UserFilled, VideoCamera, Warning } from '@element-plus/icons-vue';
import { computed, type Component } from 'vue';
import { useAuthStore } from './auth.store';
import { appRoutes } from './router';
import { useUiStore } from './ui.store';

const ICONS: Record<string, Component> = { Bell, HomeFilled, User, UserFilled, OfficeBuilding, Document, Reading, Notebook, Files, Stamp, Collection, Calendar, EditPen, Tickets, Microphone, DataAnalysis, ChatDotSquare, TrendCharts, Medal, Warning, Promotion, Trophy, VideoCamera };
/** Most privileged first: the default working role of someone who holds several. */
const ROLE_ORDER: Role[] = ['org_admin', 'unit_admin', 'auditor', 'lecturer', 'cadre'];

export interface MenuItem {
  name: string;
  title: string;
  icon: Component;
  tab: boolean;
  /** The one-line label under the phone tab icon (the full title stays the tab's accessible name). */
  tabTitle: string;
}

/**
 * The menu for the role the user is working as. Learner pages (no roles in their meta) show in every view; pages for
 * admin roles show when working as a role that may open them. The router guard, not the menu, enforces access.
 */
export function useMenu() {
  const auth = useAuthStore();
  const ui = useUiStore();
  const switchableRoles = computed(() => ROLE_ORDER.filter((r) => auth.roles.includes(r)));
  const viewRole = computed<Role>(() => {
    const roles = switchableRoles.value;
    return ui.activeRole && roles.includes(ui.activeRole) ? ui.activeRole : (roles[0] ?? 'cadre');
  });
  const items = computed<MenuItem[]>(() =>
    appRoutes
      .filter((r) => r.meta?.menu && typeof r.name === 'string')
      .filter((r) => {
        const roles = r.meta?.menu?.roles ?? r.meta?.roles;
        return !roles || roles.includes(viewRole.value);
      })
      .sort((a, b) => (a.meta!.menu!.order ?? 0) - (b.meta!.menu!.order ?? 0))
      .map((r) => ({
        name: r.name as string,
        title: r.meta!.title ?? '',
        icon: ICONS[r.meta!.menu!.icon] ?? Document,
        tab: r.meta!.menu!.tab ?? false,
        tabTitle: r.meta!.menu!.tabTitle ?? r.meta!.title ?? '',
      })),
  );
  return { items, viewRole, switchableRoles };
}
