import { ElMessage, ElMessageBox } from 'element-plus';
import { ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { showError } from '../../app/errors';
import { download } from '../../app/download';
import { exportPath, type TalentFilter } from './talent.api';

/** The pool's Excel export of exactly what is filtered, after a confirmation: personnel data, and the export is audited. */
export function useTalentExport() {
  const { t } = useI18n();
  const unmasked = ref(false);
  const exporting = ref(false);

  async function run(filter: TalentFilter): Promise<void> {
    try {
      await ElMessageBox.confirm(t('talent.exportConfirm'), t('talent.export'), { type: 'warning' });
    } catch {
      return;
    }
    exporting.value = true;
    try {
      await download(exportPath(filter, unmasked.value), `${t('talent.listTitle')}.xlsx`);
      ElMessage.success(t('talent.exported'));
    } catch (e) {
      showError(e);
    } finally {
      exporting.value = false;
    }
  }
  return { unmasked, exporting, run };
}
