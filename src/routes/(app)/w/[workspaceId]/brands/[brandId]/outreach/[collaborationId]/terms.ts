import { moneyInput } from '$lib/domain/money';
import { stepName } from '$lib/i18n/pipeline';
import { moneyOf, type TermsForm } from '$lib/schemas/collaboration';
import { normaliseLineBreaks } from '$lib/schemas/fields';
import type { Collaboration } from '$lib/server/db/schema';
import type { TermsInput } from '$lib/server/queries/collaborations';

type Stored = Omit<TermsForm, 'fee' | 'payment' | 'paidOn'> & {
	feeMinor: number | null;
	paymentMinor: number | null;
	paidOn: string | null;
};

/** The terms as the form shows them (money back in major units of the currency). */
export function termsOf(c: Stored): TermsForm {
	return {
		brief: c.brief,
		currency: c.currency,
		fee: moneyInput(c.feeMinor, c.currency),
		productGiven: c.productGiven,
		usageRights: c.usageRights,
		disclosureRequired: c.disclosureRequired,
		promoCode: c.promoCode,
		linkUrl: c.linkUrl,
		paymentStatus: c.paymentStatus,
		payment: moneyInput(c.paymentMinor, c.currency),
		paidOn: c.paidOn ?? '',
		version: c.version
	};
}

/** A valid terms form → what is stored (the schema has read both amounts in its currency). */
export function termsInput(data: TermsForm): TermsInput {
	return {
		brief: normaliseLineBreaks(data.brief),
		feeMinor: moneyOf(data.fee, data.currency),
		currency: data.currency,
		productGiven: data.productGiven,
		usageRights: normaliseLineBreaks(data.usageRights),
		disclosureRequired: data.disclosureRequired,
		promoCode: data.promoCode,
		linkUrl: data.linkUrl,
		paymentStatus: data.paymentStatus,
		paymentMinor: moneyOf(data.payment, data.currency),
		paidOn: data.paidOn || null
	};
}

/** The next step as the follow-up form shows it, in the reader's words, and its day. */
export function followUpOf(c: Pick<Collaboration, 'nextStep' | 'followUpOn' | 'version'>) {
	return { nextStep: stepName(c.nextStep), followUpOn: c.followUpOn ?? '', version: c.version };
}

/** Campaign and owner as the assign form shows them ('' for none). */
export function assignedOf(c: Pick<Collaboration, 'campaignId' | 'ownerId' | 'version'>) {
	return { campaignId: c.campaignId ?? '', ownerId: c.ownerId ?? '', version: c.version };
}
