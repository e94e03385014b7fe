// GENERATED from schemas/primer/provider.json by `npm run generate`. Do not edit: change the description and regenerate.
/* Request and response types of Primer, from the JSON Schemas in schemas/primer/. */

export interface PrimerSessionsSchemas {
address?: PrimerAddress
"client-session-request"?: PrimerClientSessionRequest
"client-session-update"?: PrimerClientSessionUpdate
"client-session"?: PrimerClientSession
"payment-list-query"?: PrimerPaymentListQuery
"payment-summary"?: PrimerPaymentSummary
payment?: PrimerPayment
}
/**
 * A postal address of the customer.
 */
export interface PrimerAddress {
firstName?: string
lastName?: string
/**
 * Street name, company name or PO box.
 */
addressLine1?: string
/**
 * Apartment, unit or building number.
 */
addressLine2?: string
city?: string
/**
 * State, county or province.
 */
state?: string
/**
 * Two-letter ISO country code, e.g. GB.
 */
countryCode?: string
postalCode?: string
}
/**
 * Body of a create request; every field is optional, but payments need an order ID, a currency and an amount (or line items).
 */
export interface PrimerClientSessionRequest {
/**
 * Your reference for the payment; the trigger links payments back to the session by it.
 */
orderId?: string
/**
 * Three-letter ISO 4217 currency code, e.g. GBP.
 */
currencyCode?: string
/**
 * Amount to charge in minor units (700 is 7.00); calculated from the line items when empty.
 */
amount?: number
/**
 * Your identifier of the customer; needed to save payment methods.
 */
customerId?: string
customer?: Customer
order?: Order
metadata?: Metadata
paymentMethod?: PaymentMethod
}
export interface Customer {
emailAddress?: string
mobileNumber?: string
firstName?: string
lastName?: string
billingAddress?: PrimerAddress
shippingAddress?: PrimerAddress
taxId?: string
nationalDocumentId?: string
}
export interface Order {
/**
 * The items of the order; on update the whole list is replaced.
 */
lineItems?: {
itemId?: string
name?: string
description?: string
/**
 * Price of one item in minor units.
 */
amount: number
quantity?: number
discountAmount?: number
taxAmount?: number
taxCode?: string
productType?: ("PHYSICAL" | "DIGITAL")
}[]
/**
 * Country the order is made in, e.g. GB.
 */
countryCode?: string
shipping?: {
/**
 * Shipping charged, in minor units.
 */
amount?: number
methodId?: string
methodName?: string
}
}
/**
 * Free-form JSON object kept with the payment.
 */
export interface Metadata {
[k: string]: unknown | undefined
}
export interface PaymentMethod {
/**
 * Whether to save the payment method after a successful payment
 */
vaultOnSuccess?: boolean
/**
 * Text shown on the customer's bank statement.
 */
descriptor?: string
paymentType?: ("FIRST_PAYMENT" | "ECOMMERCE" | "SUBSCRIPTION" | "UNSCHEDULED")
authorizationType?: ("ESTIMATED" | "FINAL")
}
/**
 * Body of an update: the client token names the session; only the fields sent change and lists are replaced as a whole.
 */
export interface PrimerClientSessionUpdate {
clientToken?: string
/**
 * Your reference for the payment; the trigger links payments back to the session by it.
 */
orderId?: string
/**
 * Three-letter ISO 4217 currency code, e.g. GBP.
 */
currencyCode?: string
/**
 * Amount to charge in minor units (700 is 7.00); calculated from the line items when empty.
 */
amount?: number
/**
 * Your identifier of the customer; needed to save payment methods.
 */
customerId?: string
customer?: Customer
order?: Order
metadata?: Metadata
paymentMethod?: PaymentMethod
}
/**
 * A client session as the API returns it; the token is only returned on create.
 */
export interface PrimerClientSession {
/**
 * Token that initialises Primer's checkout SDK; valid for 24 hours.
 */
clientToken?: string
/**
 * When the token expires (UTC, without a zone suffix).
 */
clientTokenExpirationDate?: string
orderId?: string
currencyCode?: string
amount?: number
customerId?: string
customer?: {
[k: string]: unknown | undefined
}
order?: {
[k: string]: unknown | undefined
}
metadata?: {
[k: string]: unknown | undefined
}
paymentMethod?: {
[k: string]: unknown | undefined
}
/**
 * Data still missing for some payment methods or checkout modules.
 */
warnings?: unknown[]
[k: string]: unknown | undefined
}
/**
 * Filters of the payment list.
 */
export interface PrimerPaymentListQuery {
/**
 * Only payments in one of these statuses.
 */
status?: ("PENDING" | "FAILED" | "AUTHORIZED" | "SETTLING" | "PARTIALLY_SETTLED" | "SETTLED" | "DECLINED" | "CANCELLED")[]
/**
 * Only payments of this order (the client session's order ID).
 */
order_id?: string
/**
 * Three-letter ISO 4217 codes.
 */
currency_code?: string[]
/**
 * Only payments created at or after this time (ISO 8601).
 */
from_date?: string
/**
 * Only payments created at or before this time (ISO 8601).
 */
to_date?: string
/**
 * Smallest amount in minor units.
 */
min_amount?: number
/**
 * Largest amount in minor units.
 */
max_amount?: number
customer_id?: string[]
customer_email_address?: string[]
processor?: string[]
last_4_digits?: string[]
}
/**
 * A payment as the list returns it.
 */
export interface PrimerPaymentSummary {
id?: string
/**
 * When the payment was created (UTC).
 */
date?: string
/**
 * When the payment last changed (UTC).
 */
dateUpdated?: string
status?: ("PENDING" | "FAILED" | "AUTHORIZED" | "SETTLING" | "PARTIALLY_SETTLED" | "SETTLED" | "DECLINED" | "CANCELLED")
orderId?: string
currencyCode?: string
amount?: number
processor?: {
[k: string]: unknown | undefined
}
metadata?: {
[k: string]: unknown | undefined
}
[k: string]: unknown | undefined
}
/**
 * A payment with its full detail.
 */
export interface PrimerPayment {
id?: string
date?: string
dateUpdated?: string
status?: ("PENDING" | "FAILED" | "AUTHORIZED" | "SETTLING" | "PARTIALLY_SETTLED" | "SETTLED" | "DECLINED" | "CANCELLED")
statusReason?: {
[k: string]: unknown | undefined
}
orderId?: string
customerId?: string
currencyCode?: string
amount?: number
order?: {
[k: string]: unknown | undefined
}
customer?: {
[k: string]: unknown | undefined
}
metadata?: {
[k: string]: unknown | undefined
}
paymentMethod?: {
[k: string]: unknown | undefined
}
processor?: {
[k: string]: unknown | undefined
}
transactions?: {
[k: string]: unknown | undefined
}[]
requiredAction?: {
[k: string]: unknown | undefined
}
[k: string]: unknown | undefined
}
