// Messages of this feature, merged into the app's locales under the top-level key 'lectureAdmin'.
export default {
  'zh-CN': { lectureAdmin: {} },
  en: { lectureAdmin: {} },
};
