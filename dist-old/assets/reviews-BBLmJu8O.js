var e=`---
id: reviews
title: Your annual review and what to expect
category: About fostering
summary: When your approval as a foster carer is reviewed, who is asked for their views, and what the possible outcomes are.
audience: carers
lastReviewed: 2026-11-01
order: 1
---
# Your annual review and what to expect

## What a review is

Your approval as a foster carer is looked at regularly. This is called a foster carer review, or annual review. It checks that fostering is still right for you, your household and the children you care for. It is also your chance to say what support you need.

## When reviews happen

- Your **first review** is held within a year of your approval. It goes to the fostering panel.
- After that, you are reviewed **at least once every 12 months**.
- An extra review may be held sooner, for example after an allegation, or if your household changes a lot, such as someone moving in or out.

Your supervising social worker will tell you when your review is due.

## Who is asked for their views

Before the review, your supervising social worker collects views from:

- you, and anyone else approved with you
- the children you care for, in a way that suits their age
- your own children and other members of your household
- the social workers of children placed with you
- sometimes schools or other professionals

You will usually be asked to fill in a form about the past year. Be honest. Say what went well and what was hard.

## What the review looks at

- the children you have cared for, and how they have done
- your training, including the Training, Support and Development standards. See [Training, Support and Development standards](tsd-standards).
- the support you have had, and what more you need
- your health and your household
- your safer caring plan. See [Safer caring](safer-caring).
- your terms of approval: the number, ages and type of children you can care for

## The review meeting

Who leads the meeting depends on your fostering service. Often it is a reviewing officer who does not supervise you day to day. You, your supervising social worker and sometimes others will be there. It is a conversation, not a test.

## Possible outcomes

| Outcome | What it means |
| --- | --- |
| Continue | Your approval carries on as it is |
| Change your terms | The number, ages or type of children you can care for changes. This is often at your request |
| End approval | Fostering is no longer right. This is rare |

If the fostering service is thinking of changing your terms in a way you do not agree with, or ending your approval, it must tell you in writing first. You then have 28 days to either send your comments to the fostering service or ask for an independent review of the decision. Your supervising social worker can explain how.

## After the review

You should get a written copy of the review report. Check it is accurate. If something is wrong, say so.

Use your review to plan the year ahead: training, support and any changes you would like.

See also [The foster carer charter](foster-carer-charter).
`;export{e as default};