import { expect, type Locator } from '@playwright/test';
import type { Language } from '../../../renderer/src/ui/i18n/languages';
import { say } from './messages';

export type SideId = 'us' | 'israel';

/** The text as read, without the isolation marks the app puts around names (U+2066–U+2069). */
export async function plainText(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').replace(/[\u2066-\u2069]/g, '');
}

/**
 * The Agreement section of the action detail panel, in `language`: each side's line, the sign
 * buttons of the user's own delegation, the reservation form, the history.
 */
export class AgreementSection {
  constructor(readonly panel: Locator, readonly language: Language = 'en') {}

  get section(): Locator {
    return this.panel.getByTestId('agreement-section');
  }

  side(side: SideId): Locator {
    return this.section.locator(`[data-testid="agreement-side"][data-side="${side}"]`);
  }

  state(side: SideId): Locator {
    return this.side(side).getByTestId('agreement-state');
  }

  version(side: SideId): Locator {
    return this.side(side).getByTestId('agreement-version');
  }

  get badge(): Locator {
    return this.section.getByTestId('agreement-badge');
  }

  get signBox(): Locator {
    return this.section.getByTestId('agreement-sign');
  }

  button(id: 'agreement.sign.agree' | 'agreement.sign.adReferendum' | 'agreement.sign.reserve' | 'agreement.reserve.submit'): Locator {
    return this.section.getByRole('button', { name: say(this.language, id), exact: true });
  }

  async agree(): Promise<void> {
    await this.button('agreement.sign.agree').click();
  }

  async agreeAdReferendum(): Promise<void> {
    await this.button('agreement.sign.adReferendum').click();
  }

  get reasonField(): Locator {
    return this.section.getByLabel(say(this.language, 'agreement.reserve.label'), { exact: true });
  }

  async reserve(reason: string): Promise<void> {
    await this.button('agreement.sign.reserve').click();
    await this.reasonField.fill(reason);
    await this.button('agreement.reserve.submit').click();
    await expect(this.reasonField).toHaveCount(0);
  }

  get history(): Locator {
    return this.section.getByTestId('agreement-history');
  }

  historyEntries(): Locator {
    return this.history.getByTestId('agreement-history-entry');
  }
}
