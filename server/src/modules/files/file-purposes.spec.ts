import { kindOfMime, KIND_MIME, nameForKind } from './file-purposes';

describe('nameForKind: a file is offered with the extension of what its bytes are', () => {
  it.each([
    ['poly.html', 'png', 'poly.png'],
    ['poly.HTML', 'png', 'poly.png'],
    ['invoice.pdf.exe', 'pdf', 'invoice.pdf.pdf'],
    ['cover.png', 'png', 'cover.png'],
    ['封面 图.PNG', 'png', '封面 图.PNG'],
    ['photo.jpeg', 'jpeg', 'photo.jpeg'],
    ['photo.JPG', 'jpeg', 'photo.JPG'],
    ['photo.png', 'jpeg', 'photo.jpg'],
    ['培训证书', 'pdf', '培训证书.pdf'],
    ['第一讲.mov', 'mp4', '第一讲.mp4'],
    ['.html', 'png', 'file.png'],
    ['', 'pdf', 'file.pdf'],
    ['v1.2 final', 'pdf', 'v1.2 final.pdf'],
    ['../../etc/passwd.svg', 'png', '....etcpasswd.png'],
    ['a\u0000b\r\n.html', 'webp', 'ab.webp'],
  ] as const)('%j recognised as %s is %j', (given, kind, expected) => {
    expect(nameForKind(given, kind)).toBe(expected);
  });

  it('fits the 255-character column and keeps the extension', () => {
    const name = nameForKind(`${'长'.repeat(300)}.html`, 'pdf');
    expect(name).toHaveLength(255);
    expect(name.endsWith('.pdf')).toBe(true);
  });

  it('maps every stored type back to its kind', () => {
    for (const [kind, mime] of Object.entries(KIND_MIME)) expect(kindOfMime(mime)).toBe(kind);
    expect(kindOfMime('text/html')).toBeNull();
  });
});
