// GENERATED from schemas/quaderno/provider.json by `npm run generate`. Do not edit: change the description and regenerate.
/* Request and response types of Quaderno, from the JSON Schemas in schemas/quaderno/. */

export interface QuadernoSessionsSchemas {
"checkout-session-item"?: QuadernoCheckoutSessionItem
"checkout-session-list-query"?: QuadernoCheckoutSessionListQuery
"checkout-session-request"?: QuadernoCheckoutSessionRequest
"checkout-session"?: QuadernoCheckoutSession
customer?: QuadernoCheckoutCustomer
}
/**
 * A product purchased in the checkout session.
 */
export interface QuadernoCheckoutSessionItem {
/**
 * SKU of the Quaderno product.
 */
product: string
/**
 * Unit price; the product's price is used when empty.
 */
amount?: number
/**
 * ISO 4217 currency code, e.g. EUR; the product's currency is used when empty.
 */
currency?: string
/**
 * Item description; the product's description is used when empty.
 */
description?: string
/**
 * Item name; the product's name is used when empty.
 */
name?: string
/**
 * Quantity purchased, at least 1.
 */
quantity?: number
}
/**
 * Filters of the session list.
 */
export interface QuadernoCheckoutSessionListQuery {
/**
 * Only sessions with this status.
 */
status?: ("pending" | "processing" | "abandoned" | "failed" | "completed")
}
/**
 * Body of a create or update request; the operation decides which fields are required.
 */
export interface QuadernoCheckoutSessionRequest {
/**
 * Products the customer buys.
 * 
 * @minItems 1
 * @maxItems 100
 */
items?: QuadernoCheckoutSessionItem[]
/**
 * Where the customer goes after a successful payment.
 */
success_url?: string
/**
 * Where the customer goes when they cancel the payment.
 */
cancel_url?: string
/**
 * Whether the checkout always collects billing details.
 */
billing_details_collection?: ("auto" | "required")
/**
 * Whether the checkout lets the customer enter a coupon.
 */
coupon_collection?: boolean
/**
 * Options forwarded to the payment processor, e.g. {"stripe": {"metadata": {"user_id": 999}}}.
 */
custom?: {
[k: string]: unknown | undefined
}
customer?: QuadernoCheckoutCustomer
/**
 * Language the checkout is shown in.
 */
locale?: ("auto" | "ca" | "de" | "en" | "es" | "fi" | "fr" | "hu" | "nl" | "no" | "sv")
/**
 * Key-value pairs stored with the session.
 */
metadata?: {
[k: string]: string | undefined
}
/**
 * Payment methods offered; all enabled ones when empty.
 */
payment_methods?: ("card" | "paypal")[]
}
/**
 * Billing details used to prefill the checkout.
 */
export interface QuadernoCheckoutCustomer {
first_name?: string
last_name?: string
company?: string
email?: string
tax_id?: string
/**
 * ID of an existing Quaderno contact; a new contact is created when empty.
 */
contact?: number
billing_street_line_1?: string
billing_street_line_2?: string
billing_city?: string
billing_postal_code?: string
/**
 * Two-letter ISO country code, e.g. GB.
 */
billing_country?: string
}
/**
 * A Quaderno checkout session as the API returns it.
 */
export interface QuadernoCheckoutSession {
/**
 * Session ID.
 */
id: number
/**
 * Session status.
 */
status: ("pending" | "processing" | "abandoned" | "failed" | "completed")
billing_details_collection?: string
cancel_url?: string
success_url?: string
coupon_collection?: boolean
locale?: string
payment_methods?: string[]
custom?: {
[k: string]: unknown | undefined
}
items?: {
product?: string
amount?: number
name?: (string | null)
description?: (string | null)
currency?: string
quantity?: number
[k: string]: unknown | undefined
}[]
customer?: {
billing_city?: (string | null)
billing_country?: (string | null)
billing_postal_code?: (string | null)
billing_street_line_1?: (string | null)
billing_street_line_2?: (string | null)
company?: (string | null)
email?: (string | null)
first_name?: (string | null)
last_name?: (string | null)
tax_id?: (string | null)
[k: string]: unknown | undefined
}
metadata?: {
[k: string]: unknown | undefined
}
/**
 * Hosted checkout URL to send the customer to.
 */
permalink?: string
[k: string]: unknown | undefined
}
