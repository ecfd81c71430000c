import ExcelJS from 'exceljs';
import { safeCellValue, safeWorkbookBuffer } from './safe-cell';

describe('safeCellValue', () => {
  test.each([
    ['=HYPERLINK("http://evil.example","点我")', `'=HYPERLINK("http://evil.example","点我")`],
    ["=cmd|' /C calc'!A0", `'=cmd|' /C calc'!A0`],
    ['+86 138 0000 1234', `'+86 138 0000 1234`],
    ['-2+3+cmd', `'-2+3+cmd`],
    ['-', `'-`],
    ['@SUM(A1:A9)', `'@SUM(A1:A9)`],
    ['\t=1+1', `'\t=1+1`],
    ['\r=1+1', `'\r=1+1`],
    ["'=already quoted", "'=already quoted"],
    ['张三', '张三'],
    ['a=b', 'a=b'],
    [' =1+1', ' =1+1'],
    ['＝全角等号', '＝全角等号'],
    ['', ''],
    [-5, -5],
    [0, 0],
    [3.5, 3.5],
    [true, true],
    [null, null],
    [undefined, undefined],
  ])('%j → %j', (input, expected) => {
    expect(safeCellValue(input)).toEqual(expected);
  });

  it('keeps a date a date', () => {
    const date = new Date(Date.UTC(2026, 0, 15));
    expect(safeCellValue(date)).toBe(date);
  });
});

describe('safeWorkbookBuffer', () => {
  it('writes every text cell of every sheet through the check, rich text and hyperlink labels included, and leaves numbers alone', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('一').addRow(['=1+2', -5, '@x', { richText: [{ text: '' }, { text: '=A1' }] }]);
    wb.addWorksheet('二').addRow([{ text: '+link', hyperlink: 'https://example.org/' }, '正常']);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await safeWorkbookBuffer(wb)) as unknown as ArrayBuffer);
    const [first, second] = back.worksheets;
    expect(first!.getCell('A1').value).toBe("'=1+2");
    expect(first!.getCell('A1').type).toBe(ExcelJS.ValueType.String);
    expect(first!.getCell('B1').value).toBe(-5);
    expect(first!.getCell('C1').value).toBe("'@x");
    expect(first!.getCell('D1').text).toBe("'=A1");
    expect(second!.getCell('A1').text).toBe("'+link");
    expect(second!.getCell('B1').value).toBe('正常');
  });
});
