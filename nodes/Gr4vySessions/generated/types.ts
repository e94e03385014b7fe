// GENERATED from schemas/gr4vy/provider.json by `npm run generate`. Do not edit: change the description and regenerate.
/* Request and response types of Gr4vy, from the JSON Schemas in schemas/gr4vy/. */

export interface Gr4VySessionsSchemas {
address?: Gr4VyAddress
airline?: Gr4VyAirline
buyer?: Gr4VyGuestBuyer
"cart-item"?: Gr4VyCartItem
"checkout-session-request"?: Gr4VyCheckoutSessionRequest
"checkout-session"?: Gr4VyCheckoutSession
"transaction-list-query"?: Gr4VyTransactionListQuery
"transaction-summary"?: Gr4VyTransactionSummary
transaction?: Gr4VyTransaction
}
/**
 * A postal address.
 */
export interface Gr4VyAddress {
city?: string
/**
 * Two-letter ISO 3166 country code, e.g. US
 */
country?: string
postal_code?: string
state?: string
/**
 * ISO 3166-2 code, e.g. US-CA
 */
state_code?: string
house_number_or_name?: string
line1?: string
line2?: string
organization?: string
}
/**
 * Airline itinerary data for travel payments.
 */
export interface Gr4VyAirline {
booking_code?: string
/**
 * Whether the cardholder is one of the passengers
 */
is_cardholder_traveling?: boolean
issued_address?: string
/**
 * ISO 8601 time with zone
 */
issued_at?: string
issuing_carrier_code?: string
issuing_carrier_name?: string
issuing_iata_designator?: string
issuing_icao_code?: string
/**
 * @maxItems 20
 */
legs?: {
arrival_airport?: string
/**
 * ISO 8601 time with zone
 */
arrival_at?: string
arrival_city?: string
arrival_country?: string
carrier_code?: string
carrier_name?: string
iata_designator?: string
icao_code?: string
coupon_number?: string
departure_airport?: string
/**
 * ISO 8601 time with zone
 */
departure_at?: string
departure_city?: string
departure_country?: string
/**
 * Departure tax in the smallest currency unit
 */
departure_tax_amount?: number
/**
 * Fare in the smallest currency unit
 */
fare_amount?: number
fare_basis_code?: string
/**
 * Fees in the smallest currency unit
 */
fee_amount?: number
flight_class?: string
flight_number?: string
route_type?: ("round_trip" | "one_way")
seat_class?: string
/**
 * Whether this leg is a stopover
 */
stop_over?: boolean
/**
 * Tax in the smallest currency unit
 */
tax_amount?: number
}[]
passenger_name_record?: string
/**
 * @maxItems 20
 */
passengers?: {
age_group?: ("adult" | "infant")
/**
 * YYYY-MM-DD
 */
date_of_birth?: string
email_address?: string
first_name?: string
frequent_flyer_number?: string
last_name?: string
passport_number?: string
/**
 * E.164 format, e.g. +14155550123
 */
phone_number?: string
ticket_number?: string
country_code?: string
}[]
reservation_system?: string
/**
 * Whether the ticket is restricted (non-refundable)
 */
restricted_ticket?: boolean
ticket_delivery_method?: ("electronic" | "other")
ticket_number?: string
travel_agency_code?: string
travel_agency_invoice_number?: string
travel_agency_name?: string
travel_agency_plan_name?: string
}
/**
 * Buyer details kept on the session; no buyer record is created at Gr4vy.
 */
export interface Gr4VyGuestBuyer {
display_name?: string
/**
 * Your own ID for the buyer
 */
external_identifier?: string
/**
 * The buyer's account number
 */
account_number?: string
billing_details?: {
first_name?: string
last_name?: string
email_address?: string
/**
 * E.164 format, e.g. +14155550123
 */
phone_number?: string
address?: Gr4VyAddress
tax_id?: {
value: string
kind: ("ae.trn" | "au.abn" | "ar.dni" | "ar.cuil" | "ar.cuit" | "br.cnpj" | "br.cpf" | "ca.bn" | "ca.gst_hst" | "ca.pst_bc" | "ca.pst_mb" | "ca.pst_sk" | "ca.qst" | "ch.vat" | "cl.tin" | "co.itin" | "co.nit" | "co.cc" | "co.ce" | "co.de" | "co.rc" | "co.ti" | "co.passport" | "es.cif" | "eu.vat" | "gb.vat" | "hk.br" | "id.nik" | "id.npwp" | "in.gst" | "in.pan" | "jp.cn" | "jp.rn" | "kr.brn" | "li.uid" | "mx.curp" | "mx.rfc" | "my.frp" | "my.itn" | "my.nric" | "my.sst" | "no.vat" | "nz.gst" | "pe.ruc" | "ph.tin" | "ru.inn" | "ru.kpp" | "sa.vat" | "sg.gst" | "sg.uen" | "th.id" | "th.vat" | "tw.vat" | "us.ein" | "za.vat" | "bo.ci" | "uy.rut" | "uy.ci")
}
}
shipping_details?: {
first_name?: string
last_name?: string
email_address?: string
/**
 * E.164 format, e.g. +14155550123
 */
phone_number?: string
address?: Gr4VyAddress
}
}
/**
 * One line item of a checkout session.
 */
export interface Gr4VyCartItem {
/**
 * Name of the item; payment services may shorten it
 */
name: string
/**
 * How many of this item; at least 1
 */
quantity: number
/**
 * Price of one item in the smallest currency unit (1299 is 12.99)
 */
unit_amount: number
/**
 * Discount on this item in the smallest currency unit
 */
discount_amount?: number
/**
 * Tax on this item in the smallest currency unit
 */
tax_amount?: number
/**
 * Your own ID for the item; not sent to the payment service
 */
external_identifier?: string
sku?: string
/**
 * Universal product code of the item
 */
upc?: string
product_url?: string
image_url?: string
/**
 * Product categories
 */
categories?: string[]
product_type?: ("physical" | "discount" | "shipping_fee" | "sales_tax" | "digital" | "gift_card" | "store_credit" | "surcharge")
/**
 * Two-letter ISO 3166 country code of the seller, e.g. US
 */
seller_country?: string
/**
 * Whether the item is exempt from tax
 */
tax_exempt?: boolean
unit_of_measure?: string
commodity_code?: string
/**
 * Duty on this item in the smallest currency unit
 */
duty_amount?: number
/**
 * Shipping cost of this item in the smallest currency unit
 */
shipping_amount?: number
}
/**
 * Body of a create or update request of a checkout session; every field is optional.
 */
export interface Gr4VyCheckoutSessionRequest {
/**
 * The line items of the payment
 */
cart_items?: Gr4VyCartItem[]
/**
 * Your own key-value pairs, kept on the session
 */
metadata?: {
[k: string]: string | undefined
}
buyer?: Gr4VyGuestBuyer
airline?: Gr4VyAirline
/**
 * Lifetime of the session in seconds, from 3600 (1 hour) to 86400 (24 hours)
 */
expires_in?: number
/**
 * Amount to pay in the smallest currency unit
 */
amount?: number
/**
 * Three-letter ISO 4217 code, e.g. USD
 */
currency?: string
/**
 * Route the payment to this payment service
 */
payment_service_id?: string
}
/**
 * A checkout session as the API returns it; it has no status of its own.
 */
export interface Gr4VyCheckoutSession {
type?: "checkout-session"
/**
 * ID of the checkout session (UUID).
 */
id: string
/**
 * When the session expires (ISO 8601).
 */
expires_at: string
cart_items?: Gr4VyCartItem[]
metadata?: {
[k: string]: string | undefined
}
buyer?: Gr4VyGuestBuyer
airline?: Gr4VyAirline
amount?: number
currency?: string
payment_service_id?: string
/**
 * Card stored on the session: scheme, label (last 4 digits), BIN details, fingerprint.
 */
payment_method?: {
type?: string
id?: string
details?: {
[k: string]: unknown | undefined
}
label?: string
method?: string
scheme?: string
fingerprint?: string
[k: string]: unknown | undefined
}
[k: string]: unknown | undefined
}
/**
 * Filters of the transaction list.
 */
export interface Gr4VyTransactionListQuery {
/**
 * Only transactions made with this checkout session
 */
checkout_session_id?: string
/**
 * Only transactions in one of these statuses
 */
status?: ("processing" | "authorization_succeeded" | "authorization_declined" | "authorization_failed" | "authorization_voided" | "authorization_void_pending" | "capture_succeeded" | "capture_pending" | "buyer_approval_pending")[]
/**
 * Only transactions created at or after this time (ISO 8601 with time zone)
 */
created_at_gte?: string
/**
 * Only transactions created at or before this time (ISO 8601 with time zone)
 */
created_at_lte?: string
/**
 * Only transactions changed at or after this time (ISO 8601 with time zone)
 */
updated_at_gte?: string
/**
 * Only transactions changed at or before this time (ISO 8601 with time zone)
 */
updated_at_lte?: string
/**
 * Only transactions with this external identifier
 */
external_identifier?: string
/**
 * Only transactions of the buyer with this external identifier
 */
buyer_external_identifier?: string
buyer_email_address?: string
/**
 * Three-letter ISO 4217 codes
 */
currency?: string[]
/**
 * Smallest amount in the smallest currency unit
 */
amount_gte?: number
/**
 * Largest amount in the smallest currency unit
 */
amount_lte?: number
/**
 * Exact match on the transaction ID, external identifier or similar fields
 */
search?: string
}
/**
 * A transaction as the list returns it.
 */
export interface Gr4VyTransactionSummary {
type?: string
id: string
merchant_account_id?: string
reconciliation_id?: string
status: ("processing" | "authorization_succeeded" | "authorization_declined" | "authorization_failed" | "authorization_voided" | "authorization_void_pending" | "capture_succeeded" | "capture_pending" | "buyer_approval_pending")
currency?: string
amount?: number
authorized_amount?: number
captured_amount?: number
refunded_amount?: number
settled_amount?: number
settled?: boolean
intent?: string
country?: (string | null)
external_identifier?: (string | null)
/**
 * The checkout session the transaction was made with.
 */
checkout_session_id?: (string | null)
payment_method?: ({
[k: string]: unknown | undefined
} | null)
method?: (string | null)
buyer?: ({
[k: string]: unknown | undefined
} | null)
error_code?: (string | null)
/**
 * When the transaction was created (ISO 8601).
 */
created_at: string
/**
 * When the transaction last changed (ISO 8601).
 */
updated_at: string
disputed?: boolean
[k: string]: unknown | undefined
}
/**
 * A transaction with all its details.
 */
export interface Gr4VyTransaction {
type?: string
id: string
merchant_account_id?: string
reconciliation_id?: string
status: ("processing" | "authorization_succeeded" | "authorization_declined" | "authorization_failed" | "authorization_voided" | "authorization_void_pending" | "capture_succeeded" | "capture_pending" | "buyer_approval_pending")
currency?: string
amount?: number
authorized_amount?: number
captured_amount?: number
refunded_amount?: number
settled_amount?: number
settled?: boolean
intent?: string
country?: (string | null)
external_identifier?: (string | null)
/**
 * The checkout session the transaction was made with.
 */
checkout_session_id?: (string | null)
payment_method?: ({
[k: string]: unknown | undefined
} | null)
method?: (string | null)
buyer?: ({
[k: string]: unknown | undefined
} | null)
error_code?: (string | null)
/**
 * When the transaction was created (ISO 8601).
 */
created_at: string
/**
 * When the transaction last changed (ISO 8601).
 */
updated_at: string
disputed?: boolean
cart_items?: {
[k: string]: unknown | undefined
}[]
metadata?: ({
[k: string]: unknown | undefined
} | null)
authorized_at?: (string | null)
captured_at?: (string | null)
voided_at?: (string | null)
[k: string]: unknown | undefined
}
