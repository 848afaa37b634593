import { moneyInput } from '$lib/domain/money';
import type { TermsForm } from '$lib/schemas/collaboration';

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
