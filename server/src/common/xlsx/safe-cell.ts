import type ExcelJS from 'exceljs';

/**
 * How text starts when a spreadsheet may take it for a formula (OWASP, CSV/formula injection): = + - @ begin formulas,
 * and through them hyperlinks and DDE payloads such as `=cmd|' /C calc'!A0`; tab and carriage return are on the
 * list because some spreadsheet programs skip them before looking for the formula sign. An exported cell keeps a
 * cadre's name as text, but a person who edits the cell, or saves the sheet as CSV, would turn it into a live formula.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The one sanitising function of every Excel export: text that could be read as a formula gets a leading apostrophe,
 * so it stays visible text; numbers (negative ones too), dates, truth values and empty cells pass unchanged.
 */
export function safeCellValue<T>(value: T): T | string {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

/** A cell value as exceljs holds it; rich text and hyperlink labels are text too. Formulas we write ourselves pass. */
function safeExcelValue(value: ExcelJS.CellValue): ExcelJS.CellValue {
  if (typeof value === 'string') return safeCellValue(value);
  if (value && typeof value === 'object') {
    if ('richText' in value) {
      const [first, ...rest] = value.richText;
      const text = value.richText.map((r) => r.text).join('');
      if (first && safeCellValue(text) !== text) return { ...value, richText: [{ ...first, text: `'${first.text}` }, ...rest] };
    } else if ('hyperlink' in value && typeof value.text === 'string') {
      return { ...value, text: safeCellValue(value.text) };
    }
  }
  return value;
}

/**
 * A workbook's bytes, every cell of every sheet passed through safeCellValue first: the way each in-memory workbook
 * leaves the server, so a writer that forgets a column cannot forget the check. (The streamed XlsxWriter of the
 * exports checks each row as it commits it.)
 */
export async function safeWorkbookBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  wb.eachSheet((ws) =>
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const safe = safeExcelValue(cell.value);
        if (safe !== cell.value) cell.value = safe;
      }),
    ),
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}
