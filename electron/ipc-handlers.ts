import type { IpcMain, IpcMainInvokeEvent, PrintToPDFOptions, WebContents } from 'electron';
import { checkArgs, HostRefusal } from '../shared/host/host-calls';
import { HOST_METHOD_NAMES, HOST_METHODS, isRouted, type HostArgs, type HostMethodName, type HostResult, type InPageMethodName } from '../shared/host/host-methods';
import type { FileDialogs } from './file-dialogs';
import { callService } from './host/service-call';
import type { HostServices } from './host/host-services';
import { isAppUrl } from './navigation-guards';

/**
 * The main-process side of the bridge: one handler per method of the table
 * (shared/host/host-methods.ts). Two rules, both from VS Code's `validateIPC`:
 * - only our own pages may call: the sender frame must still be on app://tandem/ (a frame that
 *   somehow reached another origin gets nothing);
 * - arguments are untrusted input: checked against the table's shapes (checkArgs, the same check
 *   the browser host's routes make) before any service sees them.
 * @see https://www.electronjs.org/docs/latest/tutorial/security#17-validate-the-sender-of-all-ipc-messages
 */

export function assertTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>, channel: string): void {
  const url = event.senderFrame?.url;
  if (url === undefined || !isAppUrl(url)) {
    throw new HostRefusal(`${channel}: refused a call from ${url === undefined ? 'a destroyed frame' : `"${url}"`}; only app://tandem/ may call the host.`);
  }
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

type Handler<K extends HostMethodName> = (event: IpcMainInvokeEvent, args: HostArgs<K>) => Promise<HostResult<K>>;

/** What only Electron's main does: the dialogs and printing need the calling window. */
function windowMethods(services: HostServices, dialogs: FileDialogs): { readonly [K in InPageMethodName]: Handler<K> } {
  return {
    saveFileDialog: (event, [name, bytes]) => dialogs.save(event, name, bytes),
    openFileDialog: (event, [options]) => dialogs.open(event, options),
    // The sender's own page, never another window's, saved like any other export.
    printToPdf: async (event, [name]) => {
      const pdf = await (event.sender as Pick<WebContents, 'printToPDF'>).printToPDF(RECORD_PDF_OPTIONS);
      return services.exportFile(name, new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength));
    },
  };
}

/** Registers one handler per bridge method, on the table's channel. */
export function registerIpcHandlers(ipcMain: Pick<IpcMain, 'handle'>, services: HostServices, dialogs: FileDialogs): void {
  const inWindow = windowMethods(services, dialogs);
  const register = <K extends HostMethodName>(name: K, run: Handler<K>) => {
    const { channel } = HOST_METHODS[name];
    ipcMain.handle(channel, (event, ...args: unknown[]) => {
      assertTrustedSender(event, channel);
      return run(event, checkArgs(name, args));
    });
  };
  for (const name of HOST_METHOD_NAMES) {
    if (isRouted(name)) register(name, (_event, args) => callService(services, name, args));
    else register(name, inWindow[name] as Handler<typeof name>);
  }
}
