var e=`---
id: delegated-authority
title: Delegated authority and everyday decisions
category: The child's life
summary: Which day-to-day decisions you can make for a child in your care, and how to find out what you can agree to.
audience: carers
lastReviewed: 2026-11-01
order: 1
---
# Delegated authority and everyday decisions

In an emergency, always act to keep the child safe first. Tell your fostering service afterwards.

## What delegated authority means

Delegated authority is the permission you have to make decisions for a child in your care. The people with parental responsibility agree what you can decide. This is usually the child's parents, the local authority, or both.

The aim is simple. A child in care should have an ordinary childhood. They should not have to wait days for a form to go to a school trip or a friend's house.

## Where to find it

The child's **placement plan** should say who can make which decisions. Ask for it when the child arrives, or soon after. If it is missing or unclear, ask the child's social worker to sort it out.

## Decisions you can usually make

These are often delegated to foster carers. Check the child's plan.

- haircuts (not big changes of style without talking first)
- sleepovers at friends' houses
- school trips and clubs
- days out and local activities
- routine dental and optician check-ups
- everyday medical care, such as over-the-counter medicines
- what the child wears and eats
- pocket money and phone use, in line with your household rules

You do not need a friend's parents to have criminal record checks before an ordinary sleepover. Use the same judgement a caring parent would.

## Decisions that usually need someone else

These normally need the child's social worker or the person with parental responsibility:

- applying for a passport
- holidays abroad
- planned operations under general anaesthetic
- changing school
- changing the child's name or religion
- big changes to family time
- tattoos or piercings

## How to decide

Ask yourself:

1. Does the placement plan say I can decide this?
2. Would a caring parent say yes?
3. Is it safe, and does it fit the child's age and needs?
4. Have I listened to what the child wants?

If you are not sure, ask your supervising social worker or the child's social worker. In office hours you can call {{service.dutyPhone}}.

## Record your decisions

Write down important decisions and why you made them. See [Keeping records](recording).

## When to review it

Ask for delegated authority to be looked at again at each of the child's reviews, or sooner if something changes. As children get older they can make more decisions for themselves.

See also [Family time](family-time) and [Health assessments](health-assessments).
`;export{e as default};