/** Saves text as a file through the browser's download, without any permission. */
export function downloadFile(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL by now; releasing it later frees the memory.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
