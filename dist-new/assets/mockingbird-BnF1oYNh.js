var e=`---
id: mockingbird
title: Mockingbird, the hub and sleepovers
category: Support for you
summary: How a Mockingbird constellation works, what the hub home carer does, and how to ask for a planned or emergency sleepover.
audience: carers
lastReviewed: 2026-11-01
order: 2
---
# Mockingbird, the hub and sleepovers

Need an emergency sleepover tonight? Call your hub home carer on {{service.hubCarerPhone}}. If you cannot reach them, or a child is at risk, call the out-of-hours team on {{service.outOfHoursPhone}}. If a child is in danger, call 999.

## What Mockingbird is

Mockingbird is a way of supporting foster families that works like an extended family. A group of fostering households live near each other and support each other. The group is called a **constellation**.

A constellation has:

- one **hub home**: an experienced foster carer who supports the group
- **6 to 10 satellite households**: the foster carers and kinship carers in the group
- a **liaison worker** from the fostering service who helps it run

Children get to know the hub carer and the other families. If they need a night away, they go somewhere familiar.

## What the hub home carer does

- keeps at least two beds free for children in the constellation
- offers planned and emergency sleepovers
- runs regular get-togethers, at least once a month
- offers advice and peer support, by phone or in person
- helps with practical things, such as a school run in a crisis
- helps plan training and activities with the group

The hub carer is not your social worker. They are an experienced carer who has been where you are.

## How to ask for a planned sleepover

1. **Talk to the hub carer early.** Say which child, which dates, and why. A sleepover can be a treat, a break, or a way to cover an appointment.
2. **Agree the details.** Times, who drops off and picks up, food, medicines, bedtime routines and anything that helps the child settle.
3. **Tell your supervising social worker** and the child's social worker if the child's plan says you should. Your fostering service will tell you what needs to be agreed or recorded first.
4. **Prepare the child.** Tell them where they are going and who they will see. Pack their favourite things.

Sleepovers with the hub are meant to feel like staying with family friends, not like being moved.

## How to ask for an emergency sleepover

1. Call the hub carer. Say what has happened and what the child needs tonight.
2. If they cannot help, call the out-of-hours team on {{service.outOfHoursPhone}}, or in office hours the duty line on {{service.dutyPhone}}.
3. Send the child's medicines and key information with them.
4. Tell your supervising social worker the next working day.

The hub may not always have a bed free. That is why it helps to plan ahead when you can.

## Monthly get-togethers

Constellations meet at least once a month. These may be support meetings for carers, or social activities for the whole family. Children meet other children in care, which helps them feel less alone. Carers share ideas and problems.

## How to join

Ask your supervising social worker whether {{service.name}} runs Mockingbird and whether there is a constellation near you.

See also [Looking after yourself](looking-after-yourself) and [Out-of-hours support](out-of-hours).
`;export{e as default};