import { describe, expect, it } from 'vitest';
import { nameUnlabelledControls } from './a11y';

describe('unnamed Element Plus controls get a name', () => {
  it("names the pagination's page-size select and jump box, and leaves named controls alone", () => {
    const root = document.createElement('div');
    root.innerHTML = `
      <div class="el-pagination">
        <span class="el-pagination__sizes"><input role="combobox" /></span>
        <span class="el-pagination__jump"><input type="number" /></span>
      </div>
      <div class="el-pagination"><span class="el-pagination__sizes"><input aria-label="已有名称" /></span></div>`;
    nameUnlabelledControls(root, (key) => (key === 'pageSize' ? '每页条数' : '跳至页'));
    const inputs = [...root.querySelectorAll('input')].map((el) => el.getAttribute('aria-label'));
    expect(inputs).toEqual(['每页条数', '跳至页', '已有名称']);
  });

  it('makes the body of a sideways-scrolling table focusable, and only that', () => {
    const root = document.createElement('div');
    root.innerHTML = `
      <div class="el-table el-table--scrollable-x"><div class="el-table__body-wrapper"><div class="el-scrollbar"><div class="el-scrollbar__wrap"></div></div></div></div>
      <div class="el-table"><div class="el-table__body-wrapper"><div class="el-scrollbar"><div class="el-scrollbar__wrap"></div></div></div></div>`;
    nameUnlabelledControls(root, () => '');
    expect([...root.querySelectorAll('.el-scrollbar__wrap')].map((el) => el.getAttribute('tabindex'))).toEqual(['0', null]);
  });
});
