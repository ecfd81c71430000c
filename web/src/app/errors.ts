import { ElMessage } from 'element-plus';
import 'element-plus/es/components/message/style/css';
import { i18n } from '../locales';
import { ApiError } from './http';

/** The message to show for an error: the translation of its code, never the server's English text or a stack. */
export function errorText(error: unknown): string {
  const t = i18n.global.t;
  const te = i18n.global.te;
  if (error instanceof ApiError) {
    const key = `errors.${error.code.replace('/', '.')}`;
    if (te(key)) return t(key);
  }
  return t('errors.common.internal');
}

export function showError(error: unknown): void {
  ElMessage({ type: 'error', message: errorText(error), showClose: true, duration: 5000 });
}

/** Field messages from a validation error, keyed by field, for forms to show under their inputs. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  return Object.fromEntries(error.details.map((d) => [d.field, d.message]));
}
