var e=`---
id: tsd-standards
title: Training, Support and Development standards
category: Training and development
summary: What the TSD standards are, when you need to finish them, and how to gather your evidence.
audience: carers
lastReviewed: 2026-11-01
order: 1
---
# Training, Support and Development standards

## What they are

The Training, Support and Development standards, often called TSD, set out what every foster carer in England should know and be able to do. They are national standards. You show you meet them by collecting evidence in a workbook.

## When you need to finish them

| Type of carer | Finish within |
| --- | --- |
| Mainstream foster carers | 12 months of approval |
| Connected person (family and friends) carers | 18 months of approval |

Your supervising social worker will help you plan. If you are struggling to finish on time, tell them early.

## The seven standards

1. **Understand the principles and values of fostering.** Putting the child first, respecting their identity, working in partnership.
2. **Understand your role as a foster carer.** Working with the fostering service and other professionals, policies and procedures, keeping records.
3. **Understand health and safety, and healthy care.** A safe home, first aid, medicines, healthy routines.
4. **Know how to communicate well.** With children, their families and professionals. Keeping information confidential.
5. **Understand how children and young people develop.** Growth, attachment, the effects of trauma and loss.
6. **Keep children and young people safe from harm.** Spotting signs of abuse and neglect, what to do, safer caring, being online safely.
7. **Develop yourself.** Reflecting on your practice, looking after yourself, learning from support and training.

There are versions of the workbook for different kinds of carer. Your fostering service will give you the right one.

## How to gather evidence

You can use:

- training courses you have been on
- examples from your day-to-day care of a child
- your notes and daily records
- conversations in supervision
- observations by your supervising social worker

Write in your own words. Short, real examples are better than long essays. For example: "When the child came back from family time upset, I..."

## Who signs it off

Your supervising social worker reads your evidence and signs off each standard when it is met. The finished workbook is kept on your file.

## If you are a couple

Each approved carer needs to show they meet the standards. Your fostering service will tell you whether you can share a workbook.

## After TSD

Learning carries on. Your fostering service will offer more training each year, and your training will be looked at in your annual review. See [Your annual review](reviews).

Training can help you move up a level or tier, if your fostering service pays fees this way. See [Allowances and fees explained](allowances-and-fees).

See also [KEEP](keep).
`;export{e as default};