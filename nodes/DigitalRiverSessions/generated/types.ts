// GENERATED from schemas/digitalriver/provider.json by `npm run generate`. Do not edit: change the description and regenerate.
/* Request and response types of Digital River, from the JSON Schemas in schemas/digitalriver/. */

export type SkuItem = ({
[k: string]: unknown | undefined
} & {
/**
 * A SKU you created in Digital River; or describe the product under Product Details.
 */
skuId?: string
productDetails?: ProductDetails
/**
 * Price of one unit in major units, e.g. 9.99.
 */
price?: number
/**
 * Price of all units together, instead of a unit price.
 */
aggregatePrice?: number
/**
 * How many units, at least 1.
 */
quantity?: number
subscriptionInfo?: SubscriptionInfo
discount?: {
amountOff?: number
percentOff?: number
/**
 * How many units the discount applies to.
 */
quantity?: number
}
shipFrom?: ShipFrom
metadata?: Metadata
})

export interface DigitalRiverSessionsSchemas {
"checkout-list-query"?: DigitalRiverCheckoutListQuery
"checkout-request"?: DigitalRiverCheckoutRequest
"checkout-update"?: DigitalRiverCheckoutUpdate
checkout?: DigitalRiverCheckout
common?: DigitalRiverCommon
"drop-in-checkout-session-request"?: DigitalRiverDropInCheckoutSessionRequest
"drop-in-checkout-session"?: DigitalRiverDropInCheckoutSession
"order-list-query"?: DigitalRiverOrderListQuery
order?: DigitalRiverOrder
}
/**
 * Filters of GET /checkouts; time ranges are sent as createdTime[gte]=... and so on.
 */
export interface DigitalRiverCheckoutListQuery {
createdTime?: TimeRange
updatedTime?: TimeRange1
/**
 * Only these IDs.
 */
ids?: string[]
/**
 * Only these upstream IDs.
 */
upstreamIds?: string[]
customerId?: string
/**
 * The customer's email address.
 */
email?: string
/**
 * Three-letter ISO 4217 code in capitals, e.g. USD.
 */
currency?: string
/**
 * Language and country, e.g. en_US.
 */
locale?: string
/**
 * Whom the purchase is for.
 */
customerType?: ("individual" | "business")
/**
 * Who starts the charge.
 */
chargeType?: ("customer_initiated" | "merchant_initiated" | "moto")
applicationId?: string
subscriptionId?: string
browserIp?: string
}
/**
 * Creation time range (ISO 8601, UTC).
 */
export interface TimeRange {
/**
 * ISO 8601 time in UTC, e.g. 2024-05-01T12:00:00Z.
 */
eq?: string
/**
 * ISO 8601 time in UTC, e.g. 2024-05-01T12:00:00Z.
 */
gt?: string
/**
 * ISO 8601 time in UTC, e.g. 2024-05-01T12:00:00Z.
 */
gte?: string
/**
 * ISO 8601 time in UTC, e.g. 2024-05-01T12:00:00Z.
 */
lt?: string
/**
 * ISO 8601 time in UTC, e.g. 2024-05-01T12:00:00Z.
 */
lte?: string
}
/**
 * Last-update time range (ISO 8601, UTC).
 */
export interface TimeRange1 {
/**
 * ISO 8601 time in UTC, e.g. 2024-05-01T12:00:00Z.
 */
eq?: string
/**
 * ISO 8601 time in UTC, e.g. 2024-05-01T12:00:00Z.
 */
gt?: string
/**
 * ISO 8601 time in UTC, e.g. 2024-05-01T12:00:00Z.
 */
gte?: string
/**
 * ISO 8601 time in UTC, e.g. 2024-05-01T12:00:00Z.
 */
lt?: string
/**
 * ISO 8601 time in UTC, e.g. 2024-05-01T12:00:00Z.
 */
lte?: string
}
/**
 * Body of POST /checkouts.
 */
export interface DigitalRiverCheckoutRequest {
/**
 * Three-letter ISO 4217 code in capitals, e.g. USD.
 */
currency?: string
/**
 * What the shopper buys; each item needs a SKU ID or product details, and a price or an aggregate price.
 * 
 * @minItems 1
 * @maxItems 100
 */
items?: SkuItem[]
/**
 * Whether the prices include tax.
 */
taxInclusive?: boolean
discount?: Discount
/**
 * Your identifier of the application that made the checkout.
 */
applicationId?: string
/**
 * A registered Digital River customer.
 */
customerId?: string
/**
 * A payment source to attach.
 */
sourceId?: string
/**
 * The customer's email address.
 */
email?: string
/**
 * Language and country, e.g. en_US.
 */
locale?: string
/**
 * Your own ID of this checkout.
 */
upstreamId?: string
/**
 * IP address of the shopper's browser.
 */
browserIp?: string
invoiceAttributeId?: string
taxIdentifiers?: TaxIdentifier[]
shipFrom?: ShipFrom
shipTo?: Contact
billTo?: Contact1
shippingChoice?: {
amount?: number
serviceLevel?: string
shippingTerms?: ("DDP" | "DAP")
}
shippingDiscount?: Discount1
/**
 * Who starts the charge.
 */
chargeType?: ("customer_initiated" | "merchant_initiated" | "moto")
/**
 * Whom the purchase is for.
 */
customerType?: ("individual" | "business")
purchaseLocation?: {
country: string
state?: string
postalCode?: string
}
metadata?: Metadata
}
/**
 * The product described inline, instead of a SKU ID.
 */
export interface ProductDetails {
id?: string
skuGroupId?: string
name?: string
url?: string
image?: string
countryOfOrigin?: string
partNumber?: string
weight?: number
weightUnit?: ("oz" | "lb" | "g" | "kg")
}
/**
 * Makes the item a subscription.
 */
export interface SubscriptionInfo {
planId?: string
subscriptionId?: string
billingAgreementId?: string
terms?: string
/**
 * Whether the subscription renews by itself.
 */
autoRenewal?: boolean
/**
 * Whether the item starts with a free trial.
 */
freeTrial?: boolean
}
/**
 * Where the goods are shipped from.
 */
export interface ShipFrom {
address?: Address
}
export interface Address {
line1?: string
line2?: string
city?: string
postalCode?: string
state?: string
/**
 * Two-letter ISO 3166-1 code, e.g. DE.
 */
country: string
}
/**
 * Your own key-value pairs, returned unchanged.
 */
export interface Metadata {
[k: string]: unknown | undefined
}
/**
 * Discount on the whole order.
 */
export interface Discount {
amountOff?: number
percentOff?: number
}
export interface TaxIdentifier {
/**
 * ID of a tax identifier created in Digital River.
 */
id: string
}
/**
 * Shipping contact and address.
 */
export interface Contact {
address?: Address
name?: string
phone?: string
/**
 * The customer's email address.
 */
email?: string
organization?: string
}
/**
 * Billing contact and address.
 */
export interface Contact1 {
address?: Address
name?: string
phone?: string
/**
 * The customer's email address.
 */
email?: string
organization?: string
}
/**
 * Discount on shipping.
 */
export interface Discount1 {
amountOff?: number
percentOff?: number
}
/**
 * Body of POST /checkouts/{id}: only the fields to change.
 */
export interface DigitalRiverCheckoutUpdate {
/**
 * Three-letter ISO 4217 code in capitals, e.g. USD.
 */
currency?: string
/**
 * A registered Digital River customer.
 */
customerId?: string
/**
 * A payment source to attach.
 */
sourceId?: string
/**
 * The customer's email address.
 */
email?: string
/**
 * Language and country, e.g. en_US.
 */
locale?: string
/**
 * Your own ID of this checkout.
 */
upstreamId?: string
/**
 * IP address of the shopper's browser.
 */
browserIp?: string
invoiceAttributeId?: string
taxIdentifiers?: TaxIdentifier[]
shipFrom?: ShipFrom
shipTo?: Contact2
billTo?: Contact3
shippingChoice?: {
amount?: number
serviceLevel?: string
shippingTerms?: ("DDP" | "DAP")
}
shippingDiscount?: Discount2
/**
 * Who starts the charge.
 */
chargeType?: ("customer_initiated" | "merchant_initiated" | "moto")
/**
 * Whom the purchase is for.
 */
customerType?: ("individual" | "business")
purchaseLocation?: {
country: string
state?: string
postalCode?: string
}
metadata?: Metadata
}
/**
 * Shipping contact and address.
 */
export interface Contact2 {
address?: Address
name?: string
phone?: string
/**
 * The customer's email address.
 */
email?: string
organization?: string
}
/**
 * Billing contact and address.
 */
export interface Contact3 {
address?: Address
name?: string
phone?: string
/**
 * The customer's email address.
 */
email?: string
organization?: string
}
/**
 * Discount on shipping.
 */
export interface Discount2 {
amountOff?: number
percentOff?: number
}
/**
 * A checkout: items, totals, addresses and the payment session whose state tells how far payment got.
 */
export interface DigitalRiverCheckout {
id?: string
createdTime?: string
updatedTime?: string
currency?: string
customerId?: string
email?: string
locale?: string
upstreamId?: string
subtotal?: number
totalAmount?: number
totalTax?: number
totalDiscount?: number
totalShipping?: number
items?: {
id?: string
skuId?: string
amount?: number
quantity?: number
metadata?: {
[k: string]: unknown | undefined
}
[k: string]: unknown | undefined
}[]
billTo?: {
[k: string]: unknown | undefined
}
shipTo?: {
[k: string]: unknown | undefined
}
payment?: {
session?: {
id?: string
state?: ("requires_source" | "requires_confirmation" | "confirmed" | "pending" | "pending_funds" | "pending_redirect" | "chargeable" | "complete" | "cancelled" | "processing" | "failed" | "requires_action")
amountContributed?: number
amountRemainingToBeContributed?: number
[k: string]: unknown | undefined
}
[k: string]: unknown | undefined
}
metadata?: {
[k: string]: unknown | undefined
}
liveMode?: boolean
[k: string]: unknown | undefined
}
/**
 * Building blocks shared by Digital River's checkout and drop-in checkout-session requests.
 */
export interface DigitalRiverCommon {
[k: string]: unknown | undefined
}
/**
 * Body of POST /drop-in/checkout-sessions: what the shopper buys and what the hosted checkout should know.
 */
export interface DigitalRiverDropInCheckoutSessionRequest {
/**
 * Three-letter ISO 4217 code in capitals, e.g. USD.
 */
currency?: string
/**
 * What the shopper buys; each item needs a SKU ID or product details, and a price or an aggregate price.
 * 
 * @minItems 1
 * @maxItems 100
 */
items?: SkuItem[]
/**
 * Your own ID of this checkout.
 */
upstreamId?: string
/**
 * A registered Digital River customer.
 */
customerId?: string
/**
 * Whom the purchase is for.
 */
customerType?: ("individual" | "business")
/**
 * The customer's email address.
 */
email?: string
/**
 * Language and country, e.g. en_US.
 */
locale?: string
/**
 * Language of the drop-in checkout.
 */
language?: ("ar" | "cs" | "da" | "de" | "el" | "en-gb" | "en" | "en-us" | "es" | "es-419" | "fi" | "fr-ca" | "fr" | "hu" | "it" | "ja" | "ko" | "nl" | "no" | "pl" | "pt-br" | "pt" | "ru" | "sk" | "sv" | "th" | "tr" | "zh" | "zh-hk" | "zh-tw")
/**
 * Whether the prices include tax.
 */
taxInclusive?: boolean
billTo?: Contact4
shipTo?: Contact5
shipFrom?: ShipFrom
discount?: Discount3
shippingDiscount?: Discount4
taxIdentifiers?: TaxIdentifier[]
/**
 * Who starts the charge.
 */
chargeType?: ("customer_initiated" | "merchant_initiated" | "moto")
/**
 * IP address of the shopper's browser.
 */
browserIp?: string
redirects?: {
successUrl?: string
cancelUrl?: string
}
/**
 * Shipping methods and saved addresses the drop-in checkout offers.
 */
options?: {
shippingMethods?: {
amount: number
description: string
/**
 * E.g. SG for standard, ND for next day.
 */
serviceLevel: string
}[]
addresses?: Contact6[]
}
/**
 * Look of the drop-in modal, as JSON.
 */
style?: {
[k: string]: unknown | undefined
}
metadata?: Metadata
}
/**
 * Billing contact and address.
 */
export interface Contact4 {
address?: Address
name?: string
phone?: string
/**
 * The customer's email address.
 */
email?: string
organization?: string
}
/**
 * Shipping contact and address.
 */
export interface Contact5 {
address?: Address
name?: string
phone?: string
/**
 * The customer's email address.
 */
email?: string
organization?: string
}
/**
 * Discount on the whole order.
 */
export interface Discount3 {
amountOff?: number
percentOff?: number
}
/**
 * Discount on shipping.
 */
export interface Discount4 {
amountOff?: number
percentOff?: number
}
export interface Contact6 {
address?: Address
name?: string
phone?: string
/**
 * The customer's email address.
 */
email?: string
organization?: string
}
/**
 * A created drop-in checkout session: hand its ID to DigitalRiverCheckout.js or send the shopper to its link.
 */
export interface DigitalRiverDropInCheckoutSession {
/**
 * Checkout-session ID.
 */
id?: string
/**
 * Hosted checkout URL.
 */
link?: string
liveMode?: boolean
[k: string]: unknown | undefined
}
/**
 * Filters of GET /orders; time ranges are sent as updatedTime[gte]=... and so on.
 */
export interface DigitalRiverOrderListQuery {
/**
 * Only orders in this state.
 */
state?: ("accepted" | "blocked" | "pending_payment" | "in_review" | "dispute" | "cancelled" | "fulfilled" | "complete" | "returned")
/**
 * Only the orders of this checkout.
 */
checkoutId?: string
/**
 * Only orders containing this SKU.
 */
skuId?: string
fraudState?: string
createdTime?: TimeRange2
updatedTime?: TimeRange3
/**
 * Only these IDs.
 */
ids?: string[]
/**
 * Only these upstream IDs.
 */
upstreamIds?: string[]
customerId?: string
/**
 * The customer's email address.
 */
email?: string
/**
 * Three-letter ISO 4217 code in capitals, e.g. USD.
 */
currency?: string
/**
 * Language and country, e.g. en_US.
 */
locale?: string
/**
 * Whom the purchase is for.
 */
customerType?: ("individual" | "business")
/**
 * Who starts the charge.
 */
chargeType?: ("customer_initiated" | "merchant_initiated" | "moto")
applicationId?: string
subscriptionId?: string
browserIp?: string
}
/**
 * Creation time range (ISO 8601, UTC).
 */
export interface TimeRange2 {
/**
 * ISO 8601 time in UTC, e.g. 2024-05-01T12:00:00Z.
 */
eq?: string
/**
 * ISO 8601 time in UTC, e.g. 2024-05-01T12:00:00Z.
 */
gt?: string
/**
 * ISO 8601 time in UTC, e.g. 2024-05-01T12:00:00Z.
 */
gte?: string
/**
 * ISO 8601 time in UTC, e.g. 2024-05-01T12:00:00Z.
 */
lt?: string
/**
 * ISO 8601 time in UTC, e.g. 2024-05-01T12:00:00Z.
 */
lte?: string
}
/**
 * Last-update time range (ISO 8601, UTC).
 */
export interface TimeRange3 {
/**
 * ISO 8601 time in UTC, e.g. 2024-05-01T12:00:00Z.
 */
eq?: string
/**
 * ISO 8601 time in UTC, e.g. 2024-05-01T12:00:00Z.
 */
gt?: string
/**
 * ISO 8601 time in UTC, e.g. 2024-05-01T12:00:00Z.
 */
gte?: string
/**
 * ISO 8601 time in UTC, e.g. 2024-05-01T12:00:00Z.
 */
lt?: string
/**
 * ISO 8601 time in UTC, e.g. 2024-05-01T12:00:00Z.
 */
lte?: string
}
/**
 * An order made from a checkout; its state tells whether it can be fulfilled.
 */
export interface DigitalRiverOrder {
id?: string
checkoutId?: string
checkoutSessionId?: string
createdTime?: string
updatedTime?: string
currency?: string
customerId?: string
email?: string
totalAmount?: number
subtotal?: number
items?: {
[k: string]: unknown | undefined
}[]
state?: ("accepted" | "blocked" | "pending_payment" | "in_review" | "dispute" | "cancelled" | "fulfilled" | "complete" | "returned")
stateTransitions?: {
[k: string]: unknown | undefined
}
fraudState?: string
metadata?: {
[k: string]: unknown | undefined
}
liveMode?: boolean
[k: string]: unknown | undefined
}
