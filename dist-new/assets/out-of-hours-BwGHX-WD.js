var e=`---
id: out-of-hours
title: Out-of-hours support
category: Support for you
summary: Who to call at night, at weekends and on bank holidays, and what they can help with.
audience: carers
lastReviewed: 2026-11-01
order: 1
---
# Out-of-hours support

If a child is in danger now, call 999.

For urgent help from social care at night, at weekends or on bank holidays, call the out-of-hours team on {{service.outOfHoursPhone}}.

## Which number to call

| When | What is happening | Call |
| --- | --- | --- |
| Any time | Someone is in danger, badly hurt or very ill | 999 |
| Any time | Health worry that is not an emergency | 111 |
| Any time | Police matter that is not an emergency | 101 |
| Office hours | You need advice or support from the fostering team | {{service.dutyPhone}} |
| Nights, weekends, bank holidays | You need urgent social care help | {{service.outOfHoursPhone}} |

Save these numbers in your phone now, while you have signal.

## What the out-of-hours team can help with

The out-of-hours team is sometimes called the emergency duty team. They cover all of children's social care when the offices are shut. They can:

- give advice when a child goes missing or comes back
- help when a child's behaviour puts them or others at risk
- take a report of an injury, accident or something a child has told you
- help if a parent turns up at your home, or contact goes wrong
- record an allegation and start the right process
- arrange an emergency placement if a child cannot stay with you tonight

They may not know you or the child. Give your name, the child's name and your address first.

## What to say when you call

1. Who you are and that you are a foster carer with {{service.name}}.
2. The child's name and age.
3. What has happened, and whether the child is safe now.
4. What you have already done, such as calling the police.
5. What you need from them.

Write down the name of the person you spoke to and the time.

## What can wait until the morning

Some things feel urgent but can wait until the office opens. For example:

- questions about payments or allowances
- planning family time or holidays
- a worry that is not about safety

You can leave a message for your supervising social worker, or email {{service.email}}.

## If you need to talk

Many out-of-hours teams will also listen if you are struggling at night and the child is safe. If you are a Mockingbird carer, your hub carer may also be able to help. See [Mockingbird](mockingbird).

## Tell your supervising social worker

On the next working day, tell your supervising social worker that you called the out-of-hours team, and why. Send them your notes.

See also [What to do in an emergency](emergency) and [When a child goes missing](missing-child).
`;export{e as default};