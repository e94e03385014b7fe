// GENERATED from schemas/digitalriver/provider.json by `npm run generate`. Do not edit: change the description and regenerate.
/* Request and response types of Digital River, from the JSON Schemas in schemas/digitalriver/. */

export interface DigitalRiverSessionsSchemas {
"checkout-list-query"?: CheckoutListQuerySchema
"checkout-request"?: CheckoutRequestSchema
"checkout-update"?: CheckoutUpdateSchema
checkout?: CheckoutSchema
"drop-in-checkout-session-request"?: DropInCheckoutSessionRequestSchema
"drop-in-checkout-session"?: DropInCheckoutSessionSchema
"order-list-query"?: OrderListQuerySchema
order?: OrderSchema
}
export interface CheckoutListQuerySchema {
/**
 * Creation time range (ISO 8601, UTC).
 */
createdTime?: {
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
updatedTime?: {
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
 * Only these IDs.
 */
ids?: string[]
/**
 * Only these upstream IDs.
 */
upstreamIds?: string[]
customerId?: string
applicationId?: string
/**
 * The customer's email address.
 */
email?: string
/**
 * Three-letter ISO 4217 code in capitals, e.g. USD.
 */
currency?: string
totalAmount?: {
[k: string]: string | undefined
}
/**
 * Language and country, e.g. en_US.
 */
locale?: string
/**
 * Who starts the charge.
 */
chargeType?: string
/**
 * Whom the purchase is for.
 */
customerType?: string
subscriptionId?: string
browserIp?: string
}
export interface CheckoutRequestSchema {
/**
 * A registered Digital River customer.
 */
customerId?: string
/**
 * A payment source to attach.
 */
sourceId?: string
/**
 * Three-letter ISO 4217 code in capitals, e.g. USD.
 */
currency: string
/**
 * The customer's email address.
 */
email?: string
/**
 * Language and country, e.g. en_US.
 */
locale?: string
invoiceAttributeId?: string
/**
 * Your identifier of the application that made the checkout.
 */
applicationId?: string
/**
 * IP address of the shopper's browser.
 */
browserIp?: string
taxIdentifiers?: {
/**
 * ID of a tax identifier created in Digital River.
 */
id?: string
}[]
/**
 * Where the goods are shipped from.
 */
shipFrom?: {
address?: {
line1?: (string | null)
line2?: string
city?: (string | null)
postalCode?: (string | null)
state?: (string | null)
country: string
}
additionalAddressInfo?: {
neighborhood?: (string | null)
division?: (string | null)
phoneticName?: (string | null)
}
}
/**
 * Shipping contact and address.
 */
shipTo?: {
address?: {
line1?: (string | null)
line2?: string
city?: (string | null)
postalCode?: (string | null)
state?: (string | null)
/**
 * Two-letter ISO 3166-1 code, e.g. DE.
 */
country: string
}
name?: (string | null)
phone?: (string | null)
/**
 * The customer's email address.
 */
email?: (string | null)
organization?: (string | null)
additionalAddressInfo?: {
neighborhood?: (string | null)
division?: (string | null)
phoneticName?: (string | null)
}
}
/**
 * Billing contact and address.
 */
billTo?: {
address: {
line1?: (string | null)
line2?: string
city?: (string | null)
postalCode?: (string | null)
state?: (string | null)
/**
 * Two-letter ISO 3166-1 code, e.g. DE.
 */
country: string
}
name?: (string | null)
phone?: (string | null)
/**
 * The customer's email address.
 */
email?: (string | null)
organization?: (string | null)
additionalAddressInfo?: {
neighborhood?: (string | null)
division?: (string | null)
phoneticName?: (string | null)
}
}
organization?: {
id?: string
}
shippingChoice?: ({
amount?: number
description?: string
serviceLevel?: string
shippingTerms?: ("DDP" | "DAP")
} | null)
/**
 * Discount on the whole order.
 */
discount?: {
amountOff?: number
percentOff?: number
}
/**
 * What the shopper buys; each item needs a SKU ID or product details, and a price or an aggregate price.
 */
items: ({
[k: string]: unknown | undefined
} & {
/**
 * A SKU you created in Digital River; or describe the product under Product Details.
 */
skuId?: string
/**
 * The product described inline, instead of a SKU ID.
 */
productDetails?: {
id?: string
skuGroupId?: string
name?: string
description?: string
url?: string
countryOfOrigin?: string
image?: string
weight?: number
weightUnit?: ("oz" | "lb" | "g" | "kg")
partNumber?: string
}
/**
 * Makes the item a subscription.
 */
subscriptionInfo?: {
freeTrial?: boolean
autoRenewal?: boolean
terms?: string
planId?: string
subscriptionId?: string
billingAgreementId?: string
startTime?: string
endTime?: string
}
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
quantity?: (number | null)
discount?: {
amountOff?: number
percentOff?: number
/**
 * How many units the discount applies to.
 */
quantity?: number
}
/**
 * Where the goods are shipped from.
 */
shipFrom?: {
address?: {
line1?: (string | null)
line2?: string
city?: (string | null)
postalCode?: (string | null)
state?: (string | null)
country: string
}
additionalAddressInfo?: {
neighborhood?: (string | null)
division?: (string | null)
phoneticName?: (string | null)
}
}
/**
 * Your own key-value pairs, returned unchanged.
 */
metadata?: {
[k: string]: unknown | undefined
}
})[]
/**
 * Discount on shipping.
 */
shippingDiscount?: {
amountOff?: number
percentOff?: number
}
/**
 * Whether the prices include tax.
 */
taxInclusive?: boolean
/**
 * Who starts the charge.
 */
chargeType?: ("customer_initiated" | "merchant_initiated" | "moto")
/**
 * Whom the purchase is for.
 */
customerType?: ("business" | "individual")
/**
 * Your own key-value pairs, returned unchanged.
 */
metadata?: {
[k: string]: unknown | undefined
}
purchaseLocation?: {
country: string
state?: string
postalCode?: string
}
/**
 * Your own ID of this checkout.
 */
upstreamId?: string
disclosures?: {
disclosures?: {
type: ("termsOfSale" | "privacyPolicy" | "cookiePolicy" | "legalNotice" | "autoRenewalPlanTerms" | "saveCardMandate" | "idealRecurringAgreement" | "businessEntity" | "resellerDisclosure" | "confirmDisclosure" | "californiaPrivacyRights")
entityName?: string
entityId?: string
localizedText?: string
url?: string
}[]
}
}
export interface CheckoutUpdateSchema {
/**
 * A registered Digital River customer.
 */
customerId?: string
/**
 * A payment source to attach.
 */
sourceId?: string
/**
 * Three-letter ISO 4217 code in capitals, e.g. USD.
 */
currency?: string
/**
 * The customer's email address.
 */
email?: string
/**
 * Language and country, e.g. en_US.
 */
locale?: string
invoiceAttributeId?: string
/**
 * IP address of the shopper's browser.
 */
browserIp?: string
taxIdentifiers?: {
/**
 * ID of a tax identifier created in Digital River.
 */
id?: string
}[]
/**
 * Where the goods are shipped from.
 */
shipFrom?: {
address?: {
line1?: (string | null)
line2?: string
city?: (string | null)
postalCode?: (string | null)
state?: (string | null)
country: string
}
additionalAddressInfo?: {
neighborhood?: (string | null)
division?: (string | null)
phoneticName?: (string | null)
}
}
/**
 * Shipping contact and address.
 */
shipTo?: {
address?: {
line1?: (string | null)
line2?: string
city?: (string | null)
postalCode?: (string | null)
state?: (string | null)
/**
 * Two-letter ISO 3166-1 code, e.g. DE.
 */
country: string
}
name?: (string | null)
phone?: (string | null)
/**
 * The customer's email address.
 */
email?: (string | null)
organization?: (string | null)
additionalAddressInfo?: {
neighborhood?: (string | null)
division?: (string | null)
phoneticName?: (string | null)
}
}
/**
 * Billing contact and address.
 */
billTo?: {
address: {
line1?: (string | null)
line2?: string
city?: (string | null)
postalCode?: (string | null)
state?: (string | null)
/**
 * Two-letter ISO 3166-1 code, e.g. DE.
 */
country: string
}
name?: (string | null)
phone?: (string | null)
/**
 * The customer's email address.
 */
email?: (string | null)
organization?: (string | null)
additionalAddressInfo?: {
neighborhood?: (string | null)
division?: (string | null)
phoneticName?: (string | null)
}
}
organization?: {
id?: string
}
/**
 * Discount on shipping.
 */
shippingDiscount?: {
amountOff?: number
percentOff?: number
}
/**
 * Who starts the charge.
 */
chargeType?: ("customer_initiated" | "merchant_initiated" | "moto")
/**
 * Whom the purchase is for.
 */
customerType?: ("business" | "individual")
purchaseLocation?: {
country: string
state?: string
postalCode?: string
}
shippingChoice?: ({
amount?: number
description?: string
serviceLevel?: string
shippingTerms?: ("DDP" | "DAP")
} | null)
items?: {
id: string
subscriptionInfo?: {
freeTrial?: boolean
autoRenewal?: boolean
terms?: string
planId?: string
subscriptionId?: string
billingAgreementId?: string
startTime?: string
endTime?: string
}
shipFrom?: {
address?: {
line1?: (string | null)
line2?: string
city?: (string | null)
postalCode?: (string | null)
state?: (string | null)
country: string
}
additionalAddressInfo?: {
neighborhood?: (string | null)
division?: (string | null)
phoneticName?: (string | null)
}
}
metadata?: {
[k: string]: unknown | undefined
}
}
/**
 * Your own ID of this checkout.
 */
upstreamId?: string
/**
 * Your own key-value pairs, returned unchanged.
 */
metadata?: {
[k: string]: unknown | undefined
}
}
export interface CheckoutSchema {
id?: string
createdTime?: string
updatedTime?: string
customerId?: string
currency?: string
email?: string
locale?: string
browserIp?: string
applicationId?: string
shipFrom?: {
address?: {
line1?: (string | null)
line2?: string
city?: (string | null)
postalCode?: (string | null)
state?: (string | null)
country: string
[k: string]: unknown | undefined
}
additionalAddressInfo?: {
neighborhood?: (string | null)
division?: (string | null)
phoneticName?: (string | null)
[k: string]: unknown | undefined
}
[k: string]: unknown | undefined
}
shipTo?: {
address?: {
line1?: (string | null)
line2?: string
city?: (string | null)
postalCode?: (string | null)
state?: (string | null)
country: string
[k: string]: unknown | undefined
}
name?: (string | null)
phone?: (string | null)
email?: (string | null)
organization?: (string | null)
additionalAddressInfo?: {
neighborhood?: (string | null)
division?: (string | null)
phoneticName?: (string | null)
[k: string]: unknown | undefined
}
[k: string]: unknown | undefined
}
billTo?: {
address: {
line1?: (string | null)
line2?: string
city?: (string | null)
postalCode?: (string | null)
state?: (string | null)
country: string
[k: string]: unknown | undefined
}
name?: (string | null)
phone?: (string | null)
email?: (string | null)
organization?: (string | null)
additionalAddressInfo?: {
neighborhood?: (string | null)
division?: (string | null)
phoneticName?: (string | null)
[k: string]: unknown | undefined
}
[k: string]: unknown | undefined
}
organization?: {
id?: string
[k: string]: unknown | undefined
}
subtotal?: number
totalTax?: number
totalImporterTax?: number
importerOfRecordTax?: (boolean | null)
totalFees?: number
totalDuty?: number
totalDiscount?: number
totalShipping?: number
totalAmount?: number
discount?: {
amountOff?: number
percentOff?: number
[k: string]: unknown | undefined
}
taxIdentifiers?: {
id?: string
createdTime?: string
customerId?: (string | null)
type?: string
value?: string
state?: string
stateTransitions?: ({
[k: string]: unknown | undefined
} | null)
verifiedName?: (string | null)
verifiedAddress?: (string | null)
updatedTime?: string
[k: string]: unknown | undefined
}[]
invoiceAttributes?: {
id?: string
type?: ("cn_individual_general" | "cn_business_general" | "cn_business_special" | "tw_individual_mobile_barcode" | "tw_individual_member_carrier" | "tw_individual_citizen_cert" | "tw_individual_donate")
customerId?: string
atttributes?: {
[k: string]: unknown | undefined
}[]
createdTime?: string
updatedTime?: string
liveMode?: boolean
[k: string]: unknown | undefined
}
purchaseLocation?: {
country: string
state?: string
postalCode?: string
[k: string]: unknown | undefined
}
customerType?: ("business" | "individual")
sellingEntity?: {
id?: string
name?: string
[k: string]: unknown | undefined
}
items?: {
id?: string
skuId?: string
productDetails?: {
[k: string]: unknown | undefined
}
subscriptionInfo?: {
[k: string]: unknown | undefined
}
fees?: {
[k: string]: unknown | undefined
}
quantity?: number
amount?: number
sellerTaxIdentifier?: string
tax?: {
[k: string]: unknown | undefined
}
importerTax?: {
[k: string]: unknown | undefined
}
duties?: {
[k: string]: unknown | undefined
}
discount?: {
[k: string]: unknown | undefined
}
shipFrom?: {
[k: string]: unknown | undefined
}
shipping?: {
[k: string]: unknown | undefined
}
metadata?: {
[k: string]: unknown | undefined
}
[k: string]: unknown | undefined
}[]
shippingChoice?: ({
amount?: number
taxAmount?: number
description?: string
serviceLevel?: string
shippingTerms?: ("DDP" | "DAP")
[k: string]: unknown | undefined
} | null)
payment?: {
sources?: {
[k: string]: unknown | undefined
}[]
charges?: {
[k: string]: unknown | undefined
}[]
session?: {
id?: string
amountContributed?: number
amountRemainingToBeContributed?: number
clientSecret?: string
state?: string
[k: string]: unknown | undefined
}
[k: string]: unknown | undefined
}
disclosures?: {
disclosures?: {
[k: string]: unknown | undefined
}[]
[k: string]: unknown | undefined
}
liveMode?: boolean
metadata?: {
[k: string]: unknown | undefined
}
upstreamId?: string
[k: string]: unknown | undefined
}
export interface DropInCheckoutSessionRequestSchema {
/**
 * Your own ID of this checkout.
 */
upstreamId?: string
/**
 * Three-letter ISO 4217 code in capitals, e.g. USD.
 */
currency: string
/**
 * A registered Digital River customer.
 */
customerId?: string
/**
 * Language of the drop-in checkout.
 */
language?: ("ar" | "cs" | "da" | "de" | "el" | "en-gb" | "en" | "en-us" | "es" | "es-419" | "fi" | "fr-ca" | "fr" | "hu" | "it" | "ja" | "ko" | "nl" | "no" | "pl" | "pt-br" | "pt" | "ru" | "sk" | "sv" | "th" | "tr" | "zh" | "zh-hk" | "zh-tw")
/**
 * The customer's email address.
 */
email?: string
/**
 * Whether the prices include tax.
 */
taxInclusive?: boolean
/**
 * What the shopper buys; each item needs a SKU ID or product details, and a price or an aggregate price.
 */
items: ({
[k: string]: unknown | undefined
} & {
/**
 * A SKU you created in Digital River; or describe the product under Product Details.
 */
skuId?: string
/**
 * The product described inline, instead of a SKU ID.
 */
productDetails?: {
id?: string
skuGroupId?: string
name?: string
description?: string
url?: string
countryOfOrigin?: string
image?: string
weight?: number
weightUnit?: ("oz" | "lb" | "g" | "kg")
partNumber?: string
}
/**
 * Makes the item a subscription.
 */
subscriptionInfo?: {
freeTrial?: boolean
autoRenewal?: boolean
terms?: string
planId?: string
subscriptionId?: string
billingAgreementId?: string
startTime?: string
endTime?: string
}
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
quantity?: (number | null)
discount?: {
amountOff?: number
percentOff?: number
/**
 * How many units the discount applies to.
 */
quantity?: number
}
/**
 * Where the goods are shipped from.
 */
shipFrom?: {
address?: {
line1?: (string | null)
line2?: string
city?: (string | null)
postalCode?: (string | null)
state?: (string | null)
country: string
}
additionalAddressInfo?: {
neighborhood?: (string | null)
division?: (string | null)
phoneticName?: (string | null)
}
}
/**
 * Your own key-value pairs, returned unchanged.
 */
metadata?: {
[k: string]: unknown | undefined
}
})[]
/**
 * Shipping contact and address.
 */
shipTo?: {
address?: {
line1?: (string | null)
line2?: string
city?: (string | null)
postalCode?: (string | null)
state?: (string | null)
/**
 * Two-letter ISO 3166-1 code, e.g. DE.
 */
country: string
}
name?: (string | null)
phone?: (string | null)
/**
 * The customer's email address.
 */
email?: (string | null)
organization?: (string | null)
additionalAddressInfo?: {
neighborhood?: (string | null)
division?: (string | null)
phoneticName?: (string | null)
}
}
/**
 * Billing contact and address.
 */
billTo?: {
address?: {
line1?: (string | null)
line2?: string
city?: (string | null)
postalCode?: (string | null)
state?: (string | null)
/**
 * Two-letter ISO 3166-1 code, e.g. DE.
 */
country: string
}
name?: (string | null)
phone?: (string | null)
/**
 * The customer's email address.
 */
email?: (string | null)
organization?: (string | null)
additionalAddressInfo?: {
neighborhood?: (string | null)
division?: (string | null)
phoneticName?: (string | null)
}
}
/**
 * Where the goods are shipped from.
 */
shipFrom?: {
address?: {
line1?: (string | null)
line2?: string
city?: (string | null)
postalCode?: (string | null)
state?: (string | null)
country: string
}
additionalAddressInfo?: {
neighborhood?: (string | null)
division?: (string | null)
phoneticName?: (string | null)
}
}
/**
 * Discount on the whole order.
 */
discount?: {
amountOff?: number
percentOff?: number
}
/**
 * Discount on shipping.
 */
shippingDiscount?: {
amountOff?: number
percentOff?: number
}
/**
 * IP address of the shopper's browser.
 */
browserIp?: string
/**
 * Language and country, e.g. en_US.
 */
locale?: string
/**
 * Whom the purchase is for.
 */
customerType?: ("business" | "individual")
/**
 * Who starts the charge.
 */
chargeType?: ("customer_initiated" | "merchant_initiated" | "moto")
taxIdentifiers?: {
/**
 * ID of a tax identifier created in Digital River.
 */
id?: string
}[]
disclosures?: {
disclosures?: {
type: ("termsOfSale" | "privacyPolicy" | "cookiePolicy" | "legalNotice" | "autoRenewalPlanTerms" | "saveCardMandate" | "idealRecurringAgreement" | "businessEntity" | "resellerDisclosure" | "confirmDisclosure" | "californiaPrivacyRights")
entityName?: string
entityId?: string
localizedText?: string
url?: string
}[]
}
/**
 * Look of the drop-in modal, as JSON.
 */
style?: {
[k: string]: unknown | undefined
}
/**
 * Shipping methods and saved addresses the drop-in checkout offers.
 */
options?: {
addresses?: {
address?: {
line1?: (string | null)
line2?: string
city?: (string | null)
postalCode?: (string | null)
state?: (string | null)
country: string
}
name?: (string | null)
phone?: (string | null)
email?: (string | null)
organization?: (string | null)
additionalAddressInfo?: {
neighborhood?: (string | null)
division?: (string | null)
phoneticName?: (string | null)
}
}[]
shippingMethods?: {
amount: number
description: string
/**
 * E.g. SG for standard, ND for next day.
 */
serviceLevel: string
}[]
storeCredits?: {
amount: number
name?: string
upstreamId: string
iconUrl?: string
lastFour?: string
}[]
}
redirects?: {
successUrl?: string
cancelUrl?: string
}
/**
 * Your own key-value pairs, returned unchanged.
 */
metadata?: {
[k: string]: unknown | undefined
}
}
export interface DropInCheckoutSessionSchema {
id?: string
link?: string
liveMode?: boolean
[k: string]: unknown | undefined
}
export interface OrderListQuerySchema {
/**
 * Creation time range (ISO 8601, UTC).
 */
createdTime?: {
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
updatedTime?: {
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
 * Only these IDs.
 */
ids?: string[]
/**
 * Only these upstream IDs.
 */
upstreamIds?: string[]
totalAmount?: {
[k: string]: string | undefined
}
/**
 * Only orders in this state.
 */
state?: ("accepted" | "blocked" | "pending_payment" | "in_review" | "dispute" | "cancelled" | "fulfilled" | "complete" | "returned")
customerId?: string
/**
 * Only the orders of this checkout.
 */
checkoutId?: string
applicationId?: string
/**
 * The customer's email address.
 */
email?: string
/**
 * Three-letter ISO 4217 code in capitals, e.g. USD.
 */
currency?: string
/**
 * Only orders containing this SKU.
 */
skuId?: string
in_review?: {
[k: string]: string | undefined
}
pending_payment?: {
[k: string]: string | undefined
}
accepted?: {
[k: string]: string | undefined
}
blocked?: {
[k: string]: string | undefined
}
cancelled?: {
[k: string]: string | undefined
}
fulfilled?: {
[k: string]: string | undefined
}
complete?: {
[k: string]: string | undefined
}
returned?: {
[k: string]: string | undefined
}
fraudState?: string
"fraudStateTransitions.blocked"?: {
[k: string]: string | undefined
}
"fraudStateTransitions.review_opened"?: {
[k: string]: string | undefined
}
"fraudStateTransitions.passed"?: {
[k: string]: string | undefined
}
browserIp?: string
/**
 * Who starts the charge.
 */
chargeType?: string
subscriptionId?: string
refundedAmount?: string
/**
 * Language and country, e.g. en_US.
 */
locale?: string
/**
 * Whom the purchase is for.
 */
customerType?: string
}
export interface OrderSchema {
id?: string
checkoutId?: string
createdTime?: string
customerId?: string
currency?: string
email?: string
locale?: string
browserIp?: string
applicationId?: string
taxIdentifiers?: {
id?: string
createdTime?: string
customerId?: (string | null)
type?: string
value?: string
state?: string
stateTransitions?: ({
[k: string]: unknown | undefined
} | null)
verifiedName?: (string | null)
verifiedAddress?: (string | null)
updatedTime?: string
[k: string]: unknown | undefined
}[]
invoiceAttributes?: {
id?: string
type?: ("cn_individual_general" | "cn_business_general" | "cn_business_special" | "tw_individual_mobile_barcode" | "tw_individual_member_carrier" | "tw_individual_citizen_cert" | "tw_individual_donate")
customerId?: string
atttributes?: {
[k: string]: unknown | undefined
}[]
createdTime?: string
updatedTime?: string
liveMode?: boolean
[k: string]: unknown | undefined
}
shipFrom?: {
address?: {
line1?: (string | null)
line2?: string
city?: (string | null)
postalCode?: (string | null)
state?: (string | null)
country: string
[k: string]: unknown | undefined
}
additionalAddressInfo?: {
neighborhood?: (string | null)
division?: (string | null)
phoneticName?: (string | null)
[k: string]: unknown | undefined
}
[k: string]: unknown | undefined
}
shipTo?: {
address?: {
line1?: (string | null)
line2?: string
city?: (string | null)
postalCode?: (string | null)
state?: (string | null)
country: string
[k: string]: unknown | undefined
}
name?: (string | null)
phone?: (string | null)
email?: (string | null)
organization?: (string | null)
additionalAddressInfo?: {
neighborhood?: (string | null)
division?: (string | null)
phoneticName?: (string | null)
[k: string]: unknown | undefined
}
[k: string]: unknown | undefined
}
billTo?: {
address: {
line1?: (string | null)
line2?: string
city?: (string | null)
postalCode?: (string | null)
state?: (string | null)
country: string
[k: string]: unknown | undefined
}
name?: (string | null)
phone?: (string | null)
email?: (string | null)
organization?: (string | null)
additionalAddressInfo?: {
neighborhood?: (string | null)
division?: (string | null)
phoneticName?: (string | null)
[k: string]: unknown | undefined
}
[k: string]: unknown | undefined
}
organization?: {
id?: string
[k: string]: unknown | undefined
}
subtotal?: number
totalTax?: number
totalImporterTax?: number
importerOfRecordTax?: (boolean | null)
totalFees?: number
totalDuty?: number
totalDiscount?: number
totalShipping?: number
totalAmount?: number
discount?: {
amountOff?: number
percentOff?: number
[k: string]: unknown | undefined
}
availableToRefundAmount?: (number | null)
refundedAmount?: number
cancelledAmount?: number
capturedAmount?: number
items?: {
id?: string
skuId?: string
productDetails?: {
[k: string]: unknown | undefined
}
subscriptionInfo?: {
[k: string]: unknown | undefined
}
fees?: {
[k: string]: unknown | undefined
}
quantity?: number
state?: string
stateTransitions?: ({
[k: string]: unknown | undefined
} | null)
amount?: number
availableToRefundAmount?: number
sellerTaxIdentifier?: string
tax?: {
[k: string]: unknown | undefined
}
importerTax?: {
[k: string]: unknown | undefined
}
duties?: {
[k: string]: unknown | undefined
}
discount?: {
[k: string]: unknown | undefined
}
shipFrom?: {
[k: string]: unknown | undefined
}
shipping?: {
[k: string]: unknown | undefined
}
metadata?: {
[k: string]: unknown | undefined
}
[k: string]: unknown | undefined
}[]
invoicePDFs?: ({
id?: string
url?: string
[k: string]: unknown | undefined
}[] | null)
creditMemoPDFs?: ({
id?: string
url?: string
[k: string]: unknown | undefined
}[] | null)
requestToBeForgotten?: boolean
shippingChoice?: ({
amount?: number
taxAmount?: number
description?: string
serviceLevel?: string
shippingTerms?: ("DDP" | "DAP")
[k: string]: unknown | undefined
} | null)
state?: ("accepted" | "blocked" | "pending_payment" | "in_review" | "dispute" | "cancelled" | "fulfilled" | "complete" | "returned")
stateTransitions?: ({
accepted?: (string | null)
pending_payment?: (string | null)
in_review?: (string | null)
complete?: (string | null)
dispute?: (string | null)
cancelled?: (string | null)
fulfilled?: (string | null)
blocked?: (string | null)
returned?: (string | null)
[k: string]: unknown | undefined
} | null)
fraudState?: ("blocked" | "review_opened" | "passed")
fraudStateTransitions?: ({
blocked?: (string | null)
review_opened?: (string | null)
passed?: (string | null)
[k: string]: unknown | undefined
} | null)
cancelReason?: string
payment?: {
sources?: {
[k: string]: unknown | undefined
}[]
charges?: {
[k: string]: unknown | undefined
}[]
session?: {
id?: string
amountContributed?: number
amountRemainingToBeContributed?: number
clientSecret?: string
state?: string
[k: string]: unknown | undefined
}
[k: string]: unknown | undefined
}
disclosures?: {
disclosures?: {
[k: string]: unknown | undefined
}[]
[k: string]: unknown | undefined
}
liveMode?: boolean
metadata?: {
[k: string]: unknown | undefined
}
sellingEntity?: {
id?: string
name?: string
[k: string]: unknown | undefined
}
purchaseLocation?: {
country: string
state?: string
postalCode?: string
[k: string]: unknown | undefined
}
customerType?: ("business" | "individual")
upstreamId?: (string | null)
updatedTime?: string
[k: string]: unknown | undefined
}
