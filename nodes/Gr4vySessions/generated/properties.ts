// GENERATED from schemas/gr4vy/provider.json by `npm run generate`. Do not edit: change the description and regenerate.
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

const bodyInputOptions: INodePropertyOptions[] = [
	{
		name: 'Using Fields Below',
		value: 'fields',
	},
	{
		name: 'Using JSON',
		value: 'json',
	},
];

const addressFields: INodeProperties[] = [
	{
		displayName: 'City',
		name: 'city',
		type: 'string',
		default: '',
	},
	{
		displayName: 'Country',
		name: 'country',
		type: 'string',
		default: '',
		description: 'Two-letter ISO 3166 country code, e.g. US',
	},
	{
		displayName: 'House Number or Name',
		name: 'house_number_or_name',
		type: 'string',
		default: '',
	},
	{
		displayName: 'Line 1',
		name: 'line1',
		type: 'string',
		default: '',
	},
	{
		displayName: 'Line 2',
		name: 'line2',
		type: 'string',
		default: '',
	},
	{
		displayName: 'Organization',
		name: 'organization',
		type: 'string',
		default: '',
	},
	{
		displayName: 'Postal Code',
		name: 'postal_code',
		type: 'string',
		default: '',
	},
	{
		displayName: 'State',
		name: 'state',
		type: 'string',
		default: '',
	},
	{
		displayName: 'State Code',
		name: 'state_code',
		type: 'string',
		default: '',
		description: 'ISO 3166-2 code, e.g. US-CA',
	},
];

// Shared by checkoutSession.create, checkoutSession.update.
const checkoutSessionFields: INodeProperties[] = [
	{
		displayName: 'Airline',
		name: 'airline',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Booking Code',
				name: 'booking_code',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Is Cardholder Traveling',
				name: 'is_cardholder_traveling',
				type: 'boolean',
				default: false,
				description: 'Whether the cardholder is one of the passengers',
			},
			{
				displayName: 'Issued Address',
				name: 'issued_address',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Issued At',
				name: 'issued_at',
				type: 'string',
				default: '',
				description: 'ISO 8601 time with zone',
			},
			{
				displayName: 'Issuing Carrier Code',
				name: 'issuing_carrier_code',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Issuing Carrier Name',
				name: 'issuing_carrier_name',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Issuing IATA Designator',
				name: 'issuing_iata_designator',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Issuing ICAO Code',
				name: 'issuing_icao_code',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Legs',
				name: 'legs',
				type: 'fixedCollection',
				typeOptions: {
					multipleValues: true,
				},
				placeholder: 'Add Leg',
				default: {},
				options: [
					{
						displayName: 'Leg',
						name: 'leg',
						values: [
							{
								displayName: 'Arrival Airport',
								name: 'arrival_airport',
								type: 'string',
								default: '',
							},
							{
								displayName: 'Arrival At',
								name: 'arrival_at',
								type: 'string',
								default: '',
								description: 'ISO 8601 time with zone',
							},
							{
								displayName: 'Arrival City',
								name: 'arrival_city',
								type: 'string',
								default: '',
							},
							{
								displayName: 'Arrival Country',
								name: 'arrival_country',
								type: 'string',
								default: '',
							},
							{
								displayName: 'Carrier Code',
								name: 'carrier_code',
								type: 'string',
								default: '',
							},
							{
								displayName: 'Carrier Name',
								name: 'carrier_name',
								type: 'string',
								default: '',
							},
							{
								displayName: 'Coupon Number',
								name: 'coupon_number',
								type: 'string',
								default: '',
							},
							{
								displayName: 'Departure Airport',
								name: 'departure_airport',
								type: 'string',
								default: '',
							},
							{
								displayName: 'Departure At',
								name: 'departure_at',
								type: 'string',
								default: '',
								description: 'ISO 8601 time with zone',
							},
							{
								displayName: 'Departure City',
								name: 'departure_city',
								type: 'string',
								default: '',
							},
							{
								displayName: 'Departure Country',
								name: 'departure_country',
								type: 'string',
								default: '',
							},
							{
								displayName: 'Departure Tax Amount',
								name: 'departure_tax_amount',
								type: 'number',
								default: 0,
								typeOptions: {
									minValue: 0,
									maxValue: 99999999,
									numberPrecision: 0,
								},
								description: 'Departure tax in the smallest currency unit',
							},
							{
								displayName: 'Fare Amount',
								name: 'fare_amount',
								type: 'number',
								default: 0,
								typeOptions: {
									minValue: 0,
									maxValue: 99999999,
									numberPrecision: 0,
								},
								description: 'Fare in the smallest currency unit',
							},
							{
								displayName: 'Fare Basis Code',
								name: 'fare_basis_code',
								type: 'string',
								default: '',
							},
							{
								displayName: 'Fee Amount',
								name: 'fee_amount',
								type: 'number',
								default: 0,
								typeOptions: {
									minValue: 0,
									maxValue: 99999999,
									numberPrecision: 0,
								},
								description: 'Fees in the smallest currency unit',
							},
							{
								displayName: 'Flight Class',
								name: 'flight_class',
								type: 'string',
								default: '',
							},
							{
								displayName: 'Flight Number',
								name: 'flight_number',
								type: 'string',
								default: '',
							},
							{
								displayName: 'IATA Designator',
								name: 'iata_designator',
								type: 'string',
								default: '',
							},
							{
								displayName: 'ICAO Code',
								name: 'icao_code',
								type: 'string',
								default: '',
							},
							{
								displayName: 'Route Type',
								name: 'route_type',
								type: 'options',
								options: [
									{
										name: 'One Way',
										value: 'one_way',
									},
									{
										name: 'Round Trip',
										value: 'round_trip',
									},
								],
								default: 'round_trip',
							},
							{
								displayName: 'Seat Class',
								name: 'seat_class',
								type: 'string',
								default: '',
							},
							{
								displayName: 'Stop Over',
								name: 'stop_over',
								type: 'boolean',
								default: false,
								description: 'Whether this leg is a stopover',
							},
							{
								displayName: 'Tax Amount',
								name: 'tax_amount',
								type: 'number',
								default: 0,
								typeOptions: {
									minValue: 0,
									maxValue: 99999999,
									numberPrecision: 0,
								},
								description: 'Tax in the smallest currency unit',
							},
						],
					},
				],
			},
			{
				displayName: 'Passenger Name Record',
				name: 'passenger_name_record',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Passengers',
				name: 'passengers',
				type: 'fixedCollection',
				typeOptions: {
					multipleValues: true,
				},
				placeholder: 'Add Passenger',
				default: {},
				options: [
					{
						displayName: 'Passenger',
						name: 'passenger',
						values: [
							{
								displayName: 'Age Group',
								name: 'age_group',
								type: 'options',
								options: [
									{
										name: 'Adult',
										value: 'adult',
									},
									{
										name: 'Infant',
										value: 'infant',
									},
								],
								default: 'adult',
							},
							{
								displayName: 'Country Code',
								name: 'country_code',
								type: 'string',
								default: '',
							},
							{
								displayName: 'Date of Birth',
								name: 'date_of_birth',
								type: 'string',
								default: '',
								description: 'YYYY-MM-DD',
							},
							{
								displayName: 'Email Address',
								name: 'email_address',
								type: 'string',
								default: '',
							},
							{
								displayName: 'First Name',
								name: 'first_name',
								type: 'string',
								default: '',
							},
							{
								displayName: 'Frequent Flyer Number',
								name: 'frequent_flyer_number',
								type: 'string',
								default: '',
							},
							{
								displayName: 'Last Name',
								name: 'last_name',
								type: 'string',
								default: '',
							},
							{
								displayName: 'Passport Number',
								name: 'passport_number',
								type: 'string',
								default: '',
							},
							{
								displayName: 'Phone Number',
								name: 'phone_number',
								type: 'string',
								default: '',
								description: 'E.164 format, e.g. +14155550123',
							},
							{
								displayName: 'Ticket Number',
								name: 'ticket_number',
								type: 'string',
								default: '',
							},
						],
					},
				],
			},
			{
				displayName: 'Reservation System',
				name: 'reservation_system',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Restricted Ticket',
				name: 'restricted_ticket',
				type: 'boolean',
				default: false,
				description: 'Whether the ticket is restricted (non-refundable)',
			},
			{
				displayName: 'Ticket Delivery Method',
				name: 'ticket_delivery_method',
				type: 'options',
				options: [
					{
						name: 'Electronic',
						value: 'electronic',
					},
					{
						name: 'Other',
						value: 'other',
					},
				],
				default: 'electronic',
			},
			{
				displayName: 'Ticket Number',
				name: 'ticket_number',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Travel Agency Code',
				name: 'travel_agency_code',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Travel Agency Invoice Number',
				name: 'travel_agency_invoice_number',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Travel Agency Name',
				name: 'travel_agency_name',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Travel Agency Plan Name',
				name: 'travel_agency_plan_name',
				type: 'string',
				default: '',
			},
		],
		description: 'Airline itinerary data for travel payments',
	},
	{
		displayName: 'Amount',
		name: 'amount',
		type: 'number',
		default: 0,
		typeOptions: {
			minValue: 0,
			maxValue: 99999999,
			numberPrecision: 0,
		},
		description: 'Amount to pay in the smallest currency unit',
	},
	{
		displayName: 'Buyer',
		name: 'buyer',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Account Number',
				name: 'account_number',
				type: 'string',
				default: '',
				description: 'The buyer\'s account number',
			},
			{
				displayName: 'Billing Details',
				name: 'billing_details',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				options: [
					{
						displayName: 'Address',
						name: 'address',
						type: 'collection',
						placeholder: 'Add Field',
						default: {},
						options: addressFields,
						description: 'A postal address',
					},
					{
						displayName: 'Email Address',
						name: 'email_address',
						type: 'string',
						default: '',
					},
					{
						displayName: 'First Name',
						name: 'first_name',
						type: 'string',
						default: '',
					},
					{
						displayName: 'Last Name',
						name: 'last_name',
						type: 'string',
						default: '',
					},
					{
						displayName: 'Phone Number',
						name: 'phone_number',
						type: 'string',
						default: '',
						description: 'E.164 format, e.g. +14155550123',
					},
					{
						displayName: 'Tax ID',
						name: 'tax_id',
						type: 'collection',
						placeholder: 'Add Field',
						default: {},
						options: [
							{
								displayName: 'Kind',
								name: 'kind',
								type: 'options',
								options: [
									{
										name: 'AE TRN',
										value: 'ae.trn',
									},
									{
										name: 'AR CUIL',
										value: 'ar.cuil',
									},
									{
										name: 'AR CUIT',
										value: 'ar.cuit',
									},
									{
										name: 'AR DNI',
										value: 'ar.dni',
									},
									{
										name: 'AU ABN',
										value: 'au.abn',
									},
									{
										name: 'BO CI',
										value: 'bo.ci',
									},
									{
										name: 'BR CNPJ',
										value: 'br.cnpj',
									},
									{
										name: 'BR CPF',
										value: 'br.cpf',
									},
									{
										name: 'CA BN',
										value: 'ca.bn',
									},
									{
										name: 'CA GST HST',
										value: 'ca.gst_hst',
									},
									{
										name: 'CA PST BC',
										value: 'ca.pst_bc',
									},
									{
										name: 'CA PST MB',
										value: 'ca.pst_mb',
									},
									{
										name: 'CA PST SK',
										value: 'ca.pst_sk',
									},
									{
										name: 'CA QST',
										value: 'ca.qst',
									},
									{
										name: 'CH VAT',
										value: 'ch.vat',
									},
									{
										name: 'CL TIN',
										value: 'cl.tin',
									},
									{
										name: 'CO CC',
										value: 'co.cc',
									},
									{
										name: 'CO CE',
										value: 'co.ce',
									},
									{
										name: 'CO DE',
										value: 'co.de',
									},
									{
										name: 'CO ITIN',
										value: 'co.itin',
									},
									{
										name: 'CO NIT',
										value: 'co.nit',
									},
									{
										name: 'CO PASSPORT',
										value: 'co.passport',
									},
									{
										name: 'CO RC',
										value: 'co.rc',
									},
									{
										name: 'CO TI',
										value: 'co.ti',
									},
									{
										name: 'ES CIF',
										value: 'es.cif',
									},
									{
										name: 'EU VAT',
										value: 'eu.vat',
									},
									{
										name: 'GB VAT',
										value: 'gb.vat',
									},
									{
										name: 'HK BR',
										value: 'hk.br',
									},
									{
										name: 'ID NIK',
										value: 'id.nik',
									},
									{
										name: 'ID NPWP',
										value: 'id.npwp',
									},
									{
										name: 'IN GST',
										value: 'in.gst',
									},
									{
										name: 'IN PAN',
										value: 'in.pan',
									},
									{
										name: 'JP CN',
										value: 'jp.cn',
									},
									{
										name: 'JP RN',
										value: 'jp.rn',
									},
									{
										name: 'KR BRN',
										value: 'kr.brn',
									},
									{
										name: 'LI UID',
										value: 'li.uid',
									},
									{
										name: 'MX CURP',
										value: 'mx.curp',
									},
									{
										name: 'MX RFC',
										value: 'mx.rfc',
									},
									{
										name: 'MY FRP',
										value: 'my.frp',
									},
									{
										name: 'MY ITN',
										value: 'my.itn',
									},
									{
										name: 'MY NRIC',
										value: 'my.nric',
									},
									{
										name: 'MY SST',
										value: 'my.sst',
									},
									{
										name: 'NO VAT',
										value: 'no.vat',
									},
									{
										name: 'NZ GST',
										value: 'nz.gst',
									},
									{
										name: 'PE RUC',
										value: 'pe.ruc',
									},
									{
										name: 'PH TIN',
										value: 'ph.tin',
									},
									{
										name: 'RU INN',
										value: 'ru.inn',
									},
									{
										name: 'RU KPP',
										value: 'ru.kpp',
									},
									{
										name: 'SA VAT',
										value: 'sa.vat',
									},
									{
										name: 'SG GST',
										value: 'sg.gst',
									},
									{
										name: 'SG UEN',
										value: 'sg.uen',
									},
									{
										name: 'TH ID',
										value: 'th.id',
									},
									{
										name: 'TH VAT',
										value: 'th.vat',
									},
									{
										name: 'TW VAT',
										value: 'tw.vat',
									},
									{
										name: 'US EIN',
										value: 'us.ein',
									},
									{
										name: 'UY CI',
										value: 'uy.ci',
									},
									{
										name: 'UY RUT',
										value: 'uy.rut',
									},
									{
										name: 'ZA VAT',
										value: 'za.vat',
									},
								],
								default: 'ae.trn',
							},
							{
								displayName: 'Value',
								name: 'value',
								type: 'string',
								default: '',
							},
						],
					},
				],
			},
			{
				displayName: 'Display Name',
				name: 'display_name',
				type: 'string',
				default: '',
			},
			{
				displayName: 'External Identifier',
				name: 'external_identifier',
				type: 'string',
				default: '',
				description: 'Your own ID for the buyer',
			},
			{
				displayName: 'Shipping Details',
				name: 'shipping_details',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				options: [
					{
						displayName: 'Address',
						name: 'address',
						type: 'collection',
						placeholder: 'Add Field',
						default: {},
						options: addressFields,
						description: 'A postal address',
					},
					{
						displayName: 'Email Address',
						name: 'email_address',
						type: 'string',
						default: '',
					},
					{
						displayName: 'First Name',
						name: 'first_name',
						type: 'string',
						default: '',
					},
					{
						displayName: 'Last Name',
						name: 'last_name',
						type: 'string',
						default: '',
					},
					{
						displayName: 'Phone Number',
						name: 'phone_number',
						type: 'string',
						default: '',
						description: 'E.164 format, e.g. +14155550123',
					},
				],
			},
		],
		description: 'Buyer details kept on the session; no buyer record is created at Gr4vy',
	},
	{
		displayName: 'Cart Items',
		name: 'cart_items',
		type: 'fixedCollection',
		typeOptions: {
			multipleValues: true,
		},
		placeholder: 'Add Cart Item',
		default: {},
		options: [
			{
				displayName: 'Cart Item',
				name: 'cartItem',
				values: [
					{
						displayName: 'Categories',
						name: 'categories',
						type: 'string',
						default: '',
						placeholder: 'first, second',
						description: 'Product categories, comma-separated',
					},
					{
						displayName: 'Commodity Code',
						name: 'commodity_code',
						type: 'string',
						default: '',
					},
					{
						displayName: 'Discount Amount',
						name: 'discount_amount',
						type: 'number',
						default: 0,
						typeOptions: {
							minValue: 0,
							maxValue: 99999999,
							numberPrecision: 0,
						},
						description: 'Discount on this item in the smallest currency unit',
					},
					{
						displayName: 'Duty Amount',
						name: 'duty_amount',
						type: 'number',
						default: 0,
						typeOptions: {
							minValue: 0,
							maxValue: 99999999,
							numberPrecision: 0,
						},
						description: 'Duty on this item in the smallest currency unit',
					},
					{
						displayName: 'External Identifier',
						name: 'external_identifier',
						type: 'string',
						default: '',
						description: 'Your own ID for the item; not sent to the payment service',
					},
					{
						displayName: 'Image URL',
						name: 'image_url',
						type: 'string',
						default: '',
					},
					{
						displayName: 'Name',
						name: 'name',
						type: 'string',
						default: '',
						required: true,
						description: 'Name of the item; payment services may shorten it',
					},
					{
						displayName: 'Product Type',
						name: 'product_type',
						type: 'options',
						options: [
							{
								name: 'Digital',
								value: 'digital',
							},
							{
								name: 'Discount',
								value: 'discount',
							},
							{
								name: 'Gift Card',
								value: 'gift_card',
							},
							{
								name: 'Physical',
								value: 'physical',
							},
							{
								name: 'Sales Tax',
								value: 'sales_tax',
							},
							{
								name: 'Shipping Fee',
								value: 'shipping_fee',
							},
							{
								name: 'Store Credit',
								value: 'store_credit',
							},
							{
								name: 'Surcharge',
								value: 'surcharge',
							},
						],
						default: 'physical',
					},
					{
						displayName: 'Product URL',
						name: 'product_url',
						type: 'string',
						default: '',
					},
					{
						displayName: 'Quantity',
						name: 'quantity',
						type: 'number',
						default: 1,
						typeOptions: {
							minValue: 1,
							maxValue: 99999999,
							numberPrecision: 0,
						},
						required: true,
						description: 'How many of this item; at least 1',
					},
					{
						displayName: 'Seller Country',
						name: 'seller_country',
						type: 'string',
						default: '',
						description: 'Two-letter ISO 3166 country code of the seller, e.g. US',
					},
					{
						displayName: 'Shipping Amount',
						name: 'shipping_amount',
						type: 'number',
						default: 0,
						typeOptions: {
							minValue: 0,
							maxValue: 99999999,
							numberPrecision: 0,
						},
						description: 'Shipping cost of this item in the smallest currency unit',
					},
					{
						displayName: 'SKU',
						name: 'sku',
						type: 'string',
						default: '',
					},
					{
						displayName: 'Tax Amount',
						name: 'tax_amount',
						type: 'number',
						default: 0,
						typeOptions: {
							minValue: 0,
							maxValue: 99999999,
							numberPrecision: 0,
						},
						description: 'Tax on this item in the smallest currency unit',
					},
					{
						displayName: 'Tax Exempt',
						name: 'tax_exempt',
						type: 'boolean',
						default: false,
						description: 'Whether the item is exempt from tax',
					},
					{
						displayName: 'Unit Amount',
						name: 'unit_amount',
						type: 'number',
						default: 0,
						typeOptions: {
							minValue: 0,
							maxValue: 99999999,
							numberPrecision: 0,
						},
						required: true,
						description: 'Price of one item in the smallest currency unit (1299 is 12.99)',
					},
					{
						displayName: 'Unit of Measure',
						name: 'unit_of_measure',
						type: 'string',
						default: '',
					},
					{
						displayName: 'UPC',
						name: 'upc',
						type: 'string',
						default: '',
						description: 'Universal product code of the item',
					},
				],
			},
		],
		description: 'The line items of the payment',
	},
	{
		displayName: 'Currency',
		name: 'currency',
		type: 'string',
		default: '',
		description: 'Three-letter ISO 4217 code, e.g. USD',
	},
	{
		displayName: 'Expires In (Seconds)',
		name: 'expires_in',
		type: 'number',
		default: 3600,
		typeOptions: {
			minValue: 3600,
			maxValue: 86400,
		},
		description: 'Lifetime of the session in seconds, from 3600 (1 hour) to 86400 (24 hours)',
	},
	{
		displayName: 'Metadata',
		name: 'metadata',
		type: 'fixedCollection',
		typeOptions: {
			multipleValues: true,
		},
		placeholder: 'Add Entry',
		default: {},
		options: [
			{
				displayName: 'Entry',
				name: 'entry',
				values: [
					{
						displayName: 'Key',
						name: 'key',
						type: 'string',
						default: '',
					},
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						default: '',
					},
				],
			},
		],
		description: 'Your own key-value pairs, kept on the session',
	},
	{
		displayName: 'Payment Service ID',
		name: 'payment_service_id',
		type: 'string',
		default: '',
		description: 'Route the payment to this payment service',
	},
];

// Shared by checkoutSession.get, checkoutSession.update, checkoutSession.delete, transaction.get.
const runOptions: INodeProperties[] = [
	{
		displayName: 'Max Attempts',
		name: 'maxAttempts',
		type: 'number',
		typeOptions: {
			minValue: 1,
			maxValue: 10,
			numberPrecision: 0,
		},
		default: 4,
		description: 'Attempts per request, the first included. Rate-limit answers are always retried; server errors and dropped connections only where repeating cannot act twice.',
	},
	{
		displayName: 'Max Response Size (MB)',
		name: 'maxResponseSize',
		type: 'number',
		typeOptions: {
			minValue: 1,
			maxValue: 1024,
			numberPrecision: 0,
		},
		default: 32,
		description: 'A larger answer is an error instead of items; reading stops at the limit',
	},
	{
		displayName: 'Max Retry Wait (Seconds)',
		name: 'maxRetryWait',
		type: 'number',
		typeOptions: {
			minValue: 0,
			maxValue: 600,
		},
		default: 30,
		description: 'Upper bound of all waiting between attempts of one request, including waits the API asks for',
	},
	{
		displayName: 'Operation Timeout (Seconds)',
		name: 'operationTimeout',
		type: 'number',
		typeOptions: {
			minValue: 1,
			maxValue: 86400,
			numberPrecision: 0,
		},
		default: 600,
		description: 'Longest time the operation may take for one item, all its requests included',
	},
	{
		displayName: 'Parallel Requests',
		name: 'parallelRequests',
		type: 'number',
		typeOptions: {
			minValue: 1,
			maxValue: 50,
			numberPrecision: 0,
		},
		default: 5,
		description: 'How many items are sent at the same time. Output order and item pairing stay as in the input.',
	},
	{
		displayName: 'Request Timeout (Seconds)',
		name: 'requestTimeout',
		type: 'number',
		typeOptions: {
			minValue: 1,
			maxValue: 3600,
			numberPrecision: 0,
		},
		default: 120,
		description: 'Longest time one request may take in all, every attempt and every wait between attempts included. A server that never answers, or answers a byte at a time, ends with a timeout error.',
	},
	{
		displayName: 'Requests Per Second',
		name: 'requestsPerSecond',
		type: 'number',
		typeOptions: {
			minValue: 0,
			numberPrecision: 2,
		},
		default: 0,
		description: 'Gr4vy publishes no rate limit; set one here to stay under your account\'s limit. 0 means no client-side limit.',
	},
];

/** Parameters of the Gr4vy Sessions node. */
export const properties: INodeProperties[] = [
	{
		displayName: 'Authentication',
		name: 'authentication',
		type: 'options',
		options: [
			{
				name: 'Gr4vy API',
				value: 'gr4vySessionsApi',
			},
			{
				name: 'Gr4vy Bearer Token API',
				value: 'gr4vyBearerTokenApi',
			},
		],
		default: 'gr4vySessionsApi',
	},
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'Checkout Session',
				value: 'checkoutSession',
				description: 'Holds cart, buyer and card data for one checkout; it has no status, its transactions do',
			},
			{
				name: 'Transaction',
				value: 'transaction',
				description: 'A payment attempt; linked to its checkout session by the checkout session ID',
			},
		],
		default: 'checkoutSession',
	},
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: {
			show: {
				resource: ['checkoutSession'],
			},
		},
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Create a checkout session for the embedded checkout; it expires after one hour unless Expires In says otherwise',
				action: 'Create a checkout session',
			},
			{
				name: 'Delete',
				value: 'delete',
				description: 'Delete a checkout session and the card data stored on it',
				action: 'Delete a checkout session',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Retrieve a checkout session by its ID',
				action: 'Get a checkout session',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Replace the cart, metadata, buyer or airline data of a checkout session; fields not set stay unchanged',
				action: 'Update a checkout session',
			},
		],
		default: 'create',
	},
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: {
			show: {
				resource: ['transaction'],
			},
		},
		options: [
			{
				name: 'Get',
				value: 'get',
				description: 'Retrieve a transaction with all its details',
				action: 'Get a transaction',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List transactions, most recently updated first, optionally filtered by checkout session, status or time',
				action: 'Get many transactions',
			},
		],
		default: 'get',
	},
	{
		displayName: 'Specify Body',
		name: 'bodyInput',
		type: 'options',
		options: bodyInputOptions,
		default: 'fields',
		displayOptions: {
			show: {
				resource: ['checkoutSession'],
				operation: ['create'],
			},
		},
		description: 'Fill the fields below, or give the whole request body as JSON',
	},
	{
		displayName: 'JSON Body',
		name: 'bodyJson',
		type: 'json',
		default: '{}',
		required: true,
		displayOptions: {
			show: {
				resource: ['checkoutSession'],
				operation: ['create'],
				bodyInput: ['json'],
			},
		},
		description: 'The whole request body; it is checked against the API schema before it is sent',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: {
			show: {
				resource: ['checkoutSession'],
				operation: ['create'],
				bodyInput: ['fields'],
			},
		},
		options: checkoutSessionFields,
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: {
			show: {
				resource: ['checkoutSession'],
				operation: ['create'],
			},
		},
		options: [
			{
				displayName: 'Max Attempts',
				name: 'maxAttempts',
				type: 'number',
				typeOptions: {
					minValue: 1,
					maxValue: 10,
					numberPrecision: 0,
				},
				default: 4,
				description: 'Attempts per request, the first included. Rate-limit answers are always retried; server errors and dropped connections only where repeating cannot act twice (this operation is not retried on them).',
			},
			{
				displayName: 'Max Response Size (MB)',
				name: 'maxResponseSize',
				type: 'number',
				typeOptions: {
					minValue: 1,
					maxValue: 1024,
					numberPrecision: 0,
				},
				default: 32,
				description: 'A larger answer is an error instead of items; reading stops at the limit',
			},
			{
				displayName: 'Max Retry Wait (Seconds)',
				name: 'maxRetryWait',
				type: 'number',
				typeOptions: {
					minValue: 0,
					maxValue: 600,
				},
				default: 30,
				description: 'Upper bound of all waiting between attempts of one request, including waits the API asks for',
			},
			{
				displayName: 'Operation Timeout (Seconds)',
				name: 'operationTimeout',
				type: 'number',
				typeOptions: {
					minValue: 1,
					maxValue: 86400,
					numberPrecision: 0,
				},
				default: 600,
				description: 'Longest time the operation may take for one item, all its requests included',
			},
			{
				displayName: 'Parallel Requests',
				name: 'parallelRequests',
				type: 'number',
				typeOptions: {
					minValue: 1,
					maxValue: 50,
					numberPrecision: 0,
				},
				default: 5,
				description: 'How many items are sent at the same time. Output order and item pairing stay as in the input.',
			},
			{
				displayName: 'Request Timeout (Seconds)',
				name: 'requestTimeout',
				type: 'number',
				typeOptions: {
					minValue: 1,
					maxValue: 3600,
					numberPrecision: 0,
				},
				default: 120,
				description: 'Longest time one request may take in all, every attempt and every wait between attempts included. A server that never answers, or answers a byte at a time, ends with a timeout error.',
			},
			{
				displayName: 'Requests Per Second',
				name: 'requestsPerSecond',
				type: 'number',
				typeOptions: {
					minValue: 0,
					numberPrecision: 2,
				},
				default: 0,
				description: 'Gr4vy publishes no rate limit; set one here to stay under your account\'s limit. 0 means no client-side limit.',
			},
		],
	},
	{
		displayName: 'Checkout Session ID',
		name: 'checkoutSessionId',
		required: true,
		displayOptions: {
			show: {
				resource: ['checkoutSession'],
				operation: ['get'],
			},
		},
		description: 'ID (UUID) of the checkout session',
		type: 'string',
		default: '',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: {
			show: {
				resource: ['checkoutSession'],
				operation: ['get'],
			},
		},
		options: runOptions,
	},
	{
		displayName: 'Checkout Session ID',
		name: 'checkoutSessionId',
		required: true,
		displayOptions: {
			show: {
				resource: ['checkoutSession'],
				operation: ['update'],
			},
		},
		description: 'ID (UUID) of the checkout session',
		type: 'string',
		default: '',
	},
	{
		displayName: 'Specify Body',
		name: 'bodyInput',
		type: 'options',
		options: bodyInputOptions,
		default: 'fields',
		displayOptions: {
			show: {
				resource: ['checkoutSession'],
				operation: ['update'],
			},
		},
		description: 'Fill the fields below, or give the whole request body as JSON',
	},
	{
		displayName: 'JSON Body',
		name: 'bodyJson',
		type: 'json',
		default: '{}',
		required: true,
		displayOptions: {
			show: {
				resource: ['checkoutSession'],
				operation: ['update'],
				bodyInput: ['json'],
			},
		},
		description: 'The whole request body; it is checked against the API schema before it is sent',
	},
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: {
			show: {
				resource: ['checkoutSession'],
				operation: ['update'],
				bodyInput: ['fields'],
			},
		},
		options: checkoutSessionFields,
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: {
			show: {
				resource: ['checkoutSession'],
				operation: ['update'],
			},
		},
		options: runOptions,
	},
	{
		displayName: 'Checkout Session ID',
		name: 'checkoutSessionId',
		required: true,
		displayOptions: {
			show: {
				resource: ['checkoutSession'],
				operation: ['delete'],
			},
		},
		description: 'ID (UUID) of the checkout session',
		type: 'string',
		default: '',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: {
			show: {
				resource: ['checkoutSession'],
				operation: ['delete'],
			},
		},
		options: runOptions,
	},
	{
		displayName: 'Transaction ID',
		name: 'transactionId',
		required: true,
		displayOptions: {
			show: {
				resource: ['transaction'],
				operation: ['get'],
			},
		},
		description: 'ID (UUID) of the transaction',
		type: 'resourceLocator',
		default: {
			mode: 'list',
			value: '',
		},
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select a transaction...',
				typeOptions: {
					searchListMethod: 'searchTransactions',
					searchable: false,
				},
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. abc123',
			},
		],
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: {
			show: {
				resource: ['transaction'],
				operation: ['get'],
			},
		},
		options: runOptions,
	},
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		displayOptions: {
			show: {
				resource: ['transaction'],
				operation: ['getAll'],
			},
		},
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: {
			minValue: 1,
		},
		default: 50,
		displayOptions: {
			show: {
				resource: ['transaction'],
				operation: ['getAll'],
				returnAll: [
					false,
				],
			},
		},
		description: 'Max number of results to return',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: {
			show: {
				resource: ['transaction'],
				operation: ['getAll'],
			},
		},
		options: [
			{
				displayName: 'Max Attempts',
				name: 'maxAttempts',
				type: 'number',
				typeOptions: {
					minValue: 1,
					maxValue: 10,
					numberPrecision: 0,
				},
				default: 4,
				description: 'Attempts per request, the first included. Rate-limit answers are always retried; server errors and dropped connections only where repeating cannot act twice.',
			},
			{
				displayName: 'Max Pages',
				name: 'maxPages',
				type: 'number',
				typeOptions: {
					minValue: 1,
					numberPrecision: 0,
				},
				default: 1000,
				description: 'Pages one run of the list may read. Reaching it with more to read is an error, never a silently shortened list.',
			},
			{
				displayName: 'Max Response Size (MB)',
				name: 'maxResponseSize',
				type: 'number',
				typeOptions: {
					minValue: 1,
					maxValue: 1024,
					numberPrecision: 0,
				},
				default: 32,
				description: 'A larger answer is an error instead of items; reading stops at the limit',
			},
			{
				displayName: 'Max Retry Wait (Seconds)',
				name: 'maxRetryWait',
				type: 'number',
				typeOptions: {
					minValue: 0,
					maxValue: 600,
				},
				default: 30,
				description: 'Upper bound of all waiting between attempts of one request, including waits the API asks for',
			},
			{
				displayName: 'Operation Timeout (Seconds)',
				name: 'operationTimeout',
				type: 'number',
				typeOptions: {
					minValue: 1,
					maxValue: 86400,
					numberPrecision: 0,
				},
				default: 600,
				description: 'Longest time the operation may take for one item, all its requests (every page) included',
			},
			{
				displayName: 'Parallel Requests',
				name: 'parallelRequests',
				type: 'number',
				typeOptions: {
					minValue: 1,
					maxValue: 50,
					numberPrecision: 0,
				},
				default: 5,
				description: 'How many items are sent at the same time. Output order and item pairing stay as in the input.',
			},
			{
				displayName: 'Request Timeout (Seconds)',
				name: 'requestTimeout',
				type: 'number',
				typeOptions: {
					minValue: 1,
					maxValue: 3600,
					numberPrecision: 0,
				},
				default: 120,
				description: 'Longest time one request may take in all, every attempt and every wait between attempts included. A server that never answers, or answers a byte at a time, ends with a timeout error.',
			},
			{
				displayName: 'Requests Per Second',
				name: 'requestsPerSecond',
				type: 'number',
				typeOptions: {
					minValue: 0,
					numberPrecision: 2,
				},
				default: 0,
				description: 'Gr4vy publishes no rate limit; set one here to stay under your account\'s limit. 0 means no client-side limit.',
			},
		],
	},
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: {
			show: {
				resource: ['transaction'],
				operation: ['getAll'],
			},
		},
		options: [
			{
				displayName: 'Amount At Least',
				name: 'amount_gte',
				type: 'number',
				default: 0,
				typeOptions: {
					minValue: 0,
					maxValue: 2147483647,
					numberPrecision: 0,
				},
				description: 'Smallest amount in the smallest currency unit',
			},
			{
				displayName: 'Amount At Most',
				name: 'amount_lte',
				type: 'number',
				default: 0,
				typeOptions: {
					minValue: 0,
					maxValue: 2147483647,
					numberPrecision: 0,
				},
				description: 'Largest amount in the smallest currency unit',
			},
			{
				displayName: 'Buyer Email Address',
				name: 'buyer_email_address',
				type: 'string',
				default: '',
			},
			{
				displayName: 'Buyer External Identifier',
				name: 'buyer_external_identifier',
				type: 'string',
				default: '',
				description: 'Only transactions of the buyer with this external identifier',
			},
			{
				displayName: 'Checkout Session ID',
				name: 'checkout_session_id',
				type: 'string',
				default: '',
				description: 'Only transactions made with this checkout session',
			},
			{
				displayName: 'Created After',
				name: 'created_at_gte',
				type: 'string',
				default: '',
				description: 'Only transactions created at or after this time (ISO 8601 with time zone)',
			},
			{
				displayName: 'Created Before',
				name: 'created_at_lte',
				type: 'string',
				default: '',
				description: 'Only transactions created at or before this time (ISO 8601 with time zone)',
			},
			{
				displayName: 'Currency',
				name: 'currency',
				type: 'string',
				default: '',
				placeholder: 'first, second',
				description: 'Three-letter ISO 4217 codes, comma-separated',
			},
			{
				displayName: 'External Identifier',
				name: 'external_identifier',
				type: 'string',
				default: '',
				description: 'Only transactions with this external identifier',
			},
			{
				displayName: 'Search',
				name: 'search',
				type: 'string',
				default: '',
				description: 'Exact match on the transaction ID, external identifier or similar fields',
			},
			{
				displayName: 'Status',
				name: 'status',
				type: 'multiOptions',
				options: [
					{
						name: 'Authorization Declined',
						value: 'authorization_declined',
					},
					{
						name: 'Authorization Failed',
						value: 'authorization_failed',
					},
					{
						name: 'Authorization Succeeded',
						value: 'authorization_succeeded',
					},
					{
						name: 'Authorization Void Pending',
						value: 'authorization_void_pending',
					},
					{
						name: 'Authorization Voided',
						value: 'authorization_voided',
					},
					{
						name: 'Buyer Approval Pending',
						value: 'buyer_approval_pending',
					},
					{
						name: 'Capture Pending',
						value: 'capture_pending',
					},
					{
						name: 'Capture Succeeded',
						value: 'capture_succeeded',
					},
					{
						name: 'Processing',
						value: 'processing',
					},
				],
				default: [],
				description: 'Only transactions in one of these statuses',
			},
			{
				displayName: 'Updated After',
				name: 'updated_at_gte',
				type: 'string',
				default: '',
				description: 'Only transactions changed at or after this time (ISO 8601 with time zone)',
			},
			{
				displayName: 'Updated Before',
				name: 'updated_at_lte',
				type: 'string',
				default: '',
				description: 'Only transactions changed at or before this time (ISO 8601 with time zone)',
			},
		],
	},
];
