import type { IpcMain, IpcMainInvokeEvent, PrintToPDFOptions, WebContents } from 'electron';
import { HOST_CHANNELS } from '../shared/host/host-api';
import type { HostServices } from './host/host-services';
import { isAppUrl } from './navigation-guards';

/**
 * The main-process side of the bridge. Two rules, both from VS Code's `validateIPC`:
 * - only our own pages may call: the sender frame must still be on app://tandem/ (a frame that
 *   somehow reached another origin gets nothing);
 * - arguments are untrusted input: checked for type and size before any service sees them.
 * @see https://www.electronjs.org/docs/latest/tutorial/security#17-validate-the-sender-of-all-ipc-messages
 */

/** Export names are sanitised by the host anyway; this only refuses absurd input early. */
const MAX_NAME_LENGTH = 1024;

export class IpcRejection extends Error {
  override readonly name = 'IpcRejection';
}

export function assertTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>, channel: string): void {
  const url = event.senderFrame?.url;
  if (url === undefined || !isAppUrl(url)) {
    throw new IpcRejection(`${channel}: refused a call from ${url === undefined ? 'a destroyed frame' : `"${url}"`}; only app://tandem/ may call the host.`);
  }
}

function expectArgCount(channel: string, args: readonly unknown[], count: number): void {
  if (args.length !== count) {
    throw new IpcRejection(`${channel}: expected ${count} argument(s), got ${args.length}.`);
  }
}

export function validateExportArgs(args: readonly unknown[]): [string, Uint8Array] {
  const channel = HOST_CHANNELS.exportFile;
  expectArgCount(channel, args, 2);
  const [name, bytes] = args;
  if (typeof name !== 'string' || name.length > MAX_NAME_LENGTH) {
    throw new IpcRejection(`${channel}: suggestedName must be a string of at most ${MAX_NAME_LENGTH} characters.`);
  }
  if (!(bytes instanceof Uint8Array)) {
    throw new IpcRejection(`${channel}: bytes must be a Uint8Array.`);
  }
  return [name, bytes];
}

export function validatePrintArgs(args: readonly unknown[]): [string] {
  const channel = HOST_CHANNELS.printToPdf;
  expectArgCount(channel, args, 1);
  const [name] = args;
  if (typeof name !== 'string' || name.length > MAX_NAME_LENGTH) {
    throw new IpcRejection(`${channel}: suggestedName must be a string of at most ${MAX_NAME_LENGTH} characters.`);
  }
  return [name];
}

/**
 * How records are printed: page size, orientation and margins come from the page's own @page rule
 * (the print layout sets A4 landscape), backgrounds print (tier headings are shaded), and the PDF
 * is tagged with an outline from the headings, so screen readers and the reader's sidebar can
 * navigate it.
 */
export const RECORD_PDF_OPTIONS = {
  printBackground: true,
  preferCSSPageSize: true,
  generateTaggedPDF: true,
  generateDocumentOutline: true,
} as const satisfies PrintToPDFOptions;

/** Prints the sender's own page (never another window's) and saves it like any other export. */
async function printSenderToPdf(sender: Pick<WebContents, 'printToPDF'>, name: string, services: HostServices) {
  const pdf = await sender.printToPDF(RECORD_PDF_OPTIONS);
  return services.exportFile(name, new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength));
}

/** Registers one handler per HostServices method; the channel names are fixed in HOST_CHANNELS. */
export function registerIpcHandlers(ipcMain: Pick<IpcMain, 'handle'>, services: HostServices): void {
  ipcMain.handle(HOST_CHANNELS.info, (event, ...args: unknown[]) => {
    assertTrustedSender(event, HOST_CHANNELS.info);
    expectArgCount(HOST_CHANNELS.info, args, 0);
    return services.info();
  });
  ipcMain.handle(HOST_CHANNELS.exportFile, (event, ...args: unknown[]) => {
    assertTrustedSender(event, HOST_CHANNELS.exportFile);
    const [name, bytes] = validateExportArgs(args);
    return services.exportFile(name, bytes);
  });
  ipcMain.handle(HOST_CHANNELS.printToPdf, (event, ...args: unknown[]) => {
    assertTrustedSender(event, HOST_CHANNELS.printToPdf);
    const [name] = validatePrintArgs(args);
    return printSenderToPdf(event.sender, name, services);
  });
}
