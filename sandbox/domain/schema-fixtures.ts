/** A contact schema with one field of every core type, for tests and the demo seed. */
export function everyCoreTypeDocument(): Record<string, unknown> {
  const ref = (coreType: string) => [{ $ref: `#/definitions/${coreType}` }];
  return {
    title: 'Customer',
    description: 'Custom fields of a customer.',
    required: ['customer_number_identifier'],
    properties: {
      nickname_text: { allOf: ref('text'), title: 'Nickname', minLength: 2, maxLength: 20 },
      notes_longtext: { allOf: ref('longtext'), title: 'Notes' },
      website_url: { allOf: ref('url'), title: 'Website' },
      customer_number_identifier: { allOf: ref('identifier'), title: 'Customer number' },
      loyalty_enum: {
        allOf: ref('enum'),
        title: 'Loyalty tier',
        enum: ['Gold', 'Silver', 'Bronze'],
        _enumProperties: { Bronze: { title: 'Bronze', _disabled: true } },
      },
      birthday_date: { allOf: ref('date'), title: 'Birthday' },
      last_visit_datetime: { allOf: ref('datetime'), title: 'Last visit' },
      visits_integer: { allOf: ref('integer'), title: 'Visits', minimum: 0, maximum: 1000 },
      score_number: { allOf: ref('number'), title: 'Score', minimum: -1.5, maximum: 99.5 },
      vip_checkbox: { allOf: ref('checkbox'), title: 'VIP' },
      interests_tag: {
        allOf: ref('tag'),
        title: 'Interests',
        items: { minLength: 2, maxLength: 10 },
        maxItems: 3,
        uniqueItems: true,
      },
    },
  };
}
