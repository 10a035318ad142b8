var e=`---
id: health-assessments
title: Health assessments
category: The child's life
summary: The health checks every child in care has, your part in them, and how to keep health records.
audience: carers
lastReviewed: 2026-11-01
order: 2
---
# Health assessments

If a child is very ill or badly hurt, call 999. For health advice that is not an emergency, call 111.

## Why health checks matter

Children in care are more likely to have health needs that have been missed. Regular health assessments help spot problems early and plan support.

## The first health assessment

When a child comes into care, a doctor sees them for a full health assessment. This should happen soon after they arrive, so the results can help the first plan for the child.

The doctor will look at:

- physical health, growth and development
- immunisations
- eyes, teeth and hearing
- emotional health and behaviour
- any medicines or conditions

Bring anything you know, such as the child's red book (their personal child health record), medicines or hospital letters.

## Review health assessments

After the first one, children have regular review health assessments, usually done by a nurse.

| Child's age | How often |
| --- | --- |
| Under 5 | Every 6 months |
| 5 and over | Once a year |

Each assessment leads to a **health plan**. Ask for a copy and follow it.

## Your part

1. Take the child to appointments, or make sure someone does.
2. Help the child understand what will happen.
3. Share what you notice at home: sleep, eating, mood, toileting, growth.
4. Keep the child's health records up to date.

Older children may want to be seen on their own. They have a right to privacy.

## Everyday health care

- Register the child with a GP, a dentist and an optician near you.
- Keep up with dental check-ups and eye tests.
- Make sure immunisations are up to date.
- Give medicines as prescribed and record each dose.
- Keep all medicines locked away. See [Safer caring](safer-caring).

## Consent

Who can agree to medical treatment depends on the child's legal status and the placement plan. Check what you can agree to. See [Delegated authority](delegated-authority). In an emergency, doctors will act to protect the child's life.

## Emotional health

Each year you may be asked to fill in a short questionnaire about the child's feelings and behaviour. It is called the strengths and difficulties questionnaire (SDQ). Your answers help spot when a child needs more support.

If you are worried about a child's mental health, talk to the child's social worker and the GP. If a child is at risk of harming themselves now, call 999.

## Keep good records

Keep a health folder for each child with appointment letters, results and a medicine record. Pass it on if the child moves. See [Keeping records](recording).
`;export{e as default};