import type { ExportFile } from './clinician-exports';

/**
 * Offers a file for download from memory: a Blob URL on a temporary link, revoked right after.
 * Nothing leaves the device; no network request is made.
 */
export function downloadFile(file: ExportFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoke on the next turn: the download has started by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
