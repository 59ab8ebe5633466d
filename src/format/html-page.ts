/**
 * The shell every self-contained HTML report shares (lint report, 신·구 대조표): inline style only,
 * and a Content-Security-Policy that lets nothing run and nothing load.
 */
export function htmlPage(page: { locale: string; title: string; css: string; body: string[] }): string[] {
  return [
    `<!doctype html>`,
    `<html lang="${page.locale}">`,
    `<head>`,
    `<meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${page.title}</title>`,
    `<style>${page.css}</style>`,
    `</head>`,
    `<body>`,
    `<h1>${page.title}</h1>`,
    ...page.body,
    `</body>`,
    `</html>`,
    ``,
  ];
}
