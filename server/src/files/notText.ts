/** Share of control characters above which a text is taken for binary data. */
const MAX_CONTROL_SHARE = 0.05;

/**
 * Why a text is not an article at all (binary data opened as text), or null when it is
 * text. The command line refuses such a file; the server shows this reason and checks
 * nothing, rather than thousands of findings about noise.
 */
export function whyNotText(text: string): string | null {
  if (text.includes('\u0000')) return 'not a text file (it contains NUL bytes)';
  if (controlShare(text) > MAX_CONTROL_SHARE) return 'not a text file (it is mostly control characters)';
  return null;
}

function controlShare(text: string): number {
  if (text.length === 0) return 0;
  const sample = text.slice(0, 65536);
  const controls = sample.match(/[\x01-\x08\x0b\x0e-\x1f\x7f]/g)?.length ?? 0;
  return controls / sample.length;
}
