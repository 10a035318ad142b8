var e=`---
id: family-time
title: Family time (contact)
category: The child's life
summary: How children in care keep in touch with their families, your part in it, and what to do when it goes wrong.
audience: carers
lastReviewed: 2026-11-01
order: 4
---
# Family time (contact)

If a child is at risk during family time, or someone turns up who should not be there, keep the child safe and call 999 if there is danger. Then tell your fostering service.

## What family time is

Family time is when a child in care sees or speaks to their parents, brothers and sisters, grandparents or other people who matter to them. It used to be called contact. Many children and families prefer "family time".

It can be:

- visits, supervised or not
- phone or video calls
- letters, cards and photos
- time with brothers and sisters who live somewhere else

## Who decides

The child's social worker plans family time as part of the child's care plan. Sometimes a court decides. Your job is to support the plan, not to set it. If you think the plan is not working for the child, say so to the child's social worker.

The plan should say:

- who the child sees, how often and where
- whether it is supervised, and by whom
- who takes the child and brings them back
- what to do if it is cancelled

## Before family time

1. Tell the child what is happening, in a way that suits their age.
2. Help them get ready. They might want to take a drawing, photos or school work.
3. Be on time. Waiting can make a child anxious.

## After family time

Children often feel mixed up afterwards. They may be happy, sad, angry or quiet. They may sleep badly or act younger than their age for a day or two. This is normal.

- Give them time and a calm routine.
- Let them talk if they want to. Do not push.
- Do not criticise their family in front of them.

## Write down what you notice

Record how the child was before and after, and anything they said. Send it to the child's social worker. This helps them see how family time is going. See [Keeping records](recording).

## If a parent does not turn up

Stay calm. Tell the child honestly, without blame. Comfort them. Tell the child's social worker.

## Phones and social media

Children may contact family members in ways that are not in the plan. Talk to the child's social worker about the safest way to manage phones and social media. See [Safer caring](safer-caring).

## Meeting the child's family

You may meet the child's parents. Be friendly and polite. Many parents find it easier to accept the placement when they see carers are kind. If a parent is angry or threatening, do not argue. Leave if you need to and report it.

## Your own safety

Do not give out your address or phone number unless the plan says so.

See also [Delegated authority](delegated-authority).
`;export{e as default};