var e=`---
id: safer-caring
title: Safer caring
category: Emergencies and safety
summary: How a safer caring plan helps keep children, you and your family safe, and what it usually covers.
audience: carers
lastReviewed: 2026-11-01
order: 4
---
# Safer caring

If a child is in danger now, call 999. If you are worried about a child's safety but it is not an emergency, call the duty line on {{service.dutyPhone}}, or out of hours {{service.outOfHoursPhone}}.

## What safer caring means

Safer caring is about setting up your home and routines so that:

- every child feels safe, cared for and respected
- children understand the house rules
- everyone in the household is protected from misunderstandings

Many children in care have been hurt or let down by adults. Ordinary things, like a closed bedroom door or a tickle, can feel frightening to them. Safer caring helps you plan for that.

## Your safer caring plan

Each fostering household has a written safer caring plan. You write it with your supervising social worker. It is looked at again:

- when a new child arrives
- when someone joins or leaves the household
- after an incident or allegation
- at your annual review

It should fit each child. A plan for a toddler will look very different from one for a teenager.

## What the plan usually covers

### Privacy and personal care

- who helps with washing, bathing and dressing, and how
- knocking before going into bedrooms and bathrooms
- locks on bathroom doors
- dressing gowns and night clothes around the house

### Bedrooms

- children have their own bed, and usually their own room
- who may go into whose room
- what happens if a child comes into your room at night

### Touch and affection

- how you show affection in a way the child is comfortable with
- asking before a hug
- play fighting and tickling

### Phones, the internet and photos

- rules for screen time and devices at night
- parental controls and privacy settings
- not sharing photos of the child online, or anything that shows where they live or go to school
- who the child can talk to online

### Visitors and other people

- who can babysit, and what checks are needed
- visitors who stay overnight
- your own children's friends

### Medicines and risky things

- medicines, cleaning products, sharp objects and alcohol locked away or out of reach
- car seats and safe travel

## Why good records matter

Write down accidents, injuries, upsets and anything a child tells you, on the day. Clear records protect the child and you. See [Keeping records](recording).

## Talk about it

Explain the house rules to each child in a way they understand. Tell them what they can do if they are worried. Involve your own children too.

If you are unsure about anything in your plan, ask your supervising social worker.

See also [If an allegation is made](allegations) and [Delegated authority](delegated-authority).
`;export{e as default};