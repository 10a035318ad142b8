var e=`---
id: allowances-and-fees
title: Allowances and fees explained
category: Money
summary: The difference between the allowance for the child and the fee for you, what extra payments may cover, and tax and benefits in brief.
audience: carers
lastReviewed: 2026-11-01
order: 1
---
# Allowances and fees explained

If a payment is late or wrong, contact your supervising social worker or email {{service.email}}.

## Two different payments

Most foster carers get two kinds of payment. They are for different things.

| Payment | What it is for | How it is set |
| --- | --- | --- |
| Allowance | The cost of looking after the child: food, clothes, travel, activities, pocket money | Per child, by age. It must be at least the national minimum allowance the government sets each year |
| Fee | Your time, skills and experience as a carer | Per carer or household, often by level or tier. Not every carer gets one |
| Extra payments | One-off or yearly costs, such as birthdays, festivals and holidays | Set by your fostering service |

Your fostering service will give you its current rates. Ask for the payment policy if you do not have it.

## The allowance

- The government sets a **national minimum allowance** each year. It depends on the child's age and where you live in England.
- The national standards for fostering say every carer should get at least the minimum. Councils can pay more.
- The allowance is the child's money. Use it to meet their needs.
- Part of it is usually meant for pocket money and savings for the child. Your fostering service will tell you how much.

## The fee

- Many fostering services pay a fee on top of the allowance. It recognises your skills.
- It often depends on your level or tier. The level can go up as you train and gain experience. See [Training, Support and Development standards](tsd-standards).
- Your fostering service's policy says whether a fee is paid between placements, during holidays, or while an allegation is looked into.

## Extra payments

Your fostering service may pay extra for:

- the child's birthday
- religious or cultural festivals
- holidays
- setting up a placement, such as a bed or car seat
- mileage for school runs, family time or appointments

Ask what you can claim and how. Keep receipts.

## Tax

- Foster carers are treated as self-employed. You usually need to register with HM Revenue and Customs.
- A special tax relief for foster carers means most carers pay little or no tax on fostering income.
- You will still need to complete a tax return each year.
- Keep a simple record of what you receive and when.

## Benefits

Fostering payments are often not counted as income for many benefits, but the rules differ between benefits. Before you start fostering, or if your situation changes, ask a benefits adviser and tell your fostering service.

## If something goes wrong

1. Check your payment statement.
2. Tell your supervising social worker, or email {{service.email}}.
3. If it is still not fixed, ask how to raise a complaint.

See also [The foster carer charter](foster-carer-charter).
`;export{e as default};