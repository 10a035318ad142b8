var e=`---
id: missing-child
title: When a child goes missing
category: Emergencies and safety
summary: What to do when you do not know where a child is, who to call, and what happens when they come back.
audience: carers
lastReviewed: 2026-11-01
order: 2
---
# When a child goes missing

If you think the child is in danger now, call 999 and say a child in care is missing.

## Do this first

1. **Check quickly.** Look in the house, garden and car. Call or message the child. Call friends or places they usually go, if the child's plan says you can.
2. **Decide if there is a risk.** Is the child very young, ill, needing medicine, upset, with someone unsafe, or out late when they have never done this before? If yes, call 999 now.
3. **Report them missing to the police.** If there is no immediate danger but you still cannot find them, call 101 and report them missing. Do not wait until a set number of hours has passed.
4. **Tell your fostering service.** In office hours call {{service.dutyPhone}}. Out of hours call {{service.outOfHoursPhone}}.
5. **Stay where the child can reach you.** Keep your phone on and charged. Someone should stay at home in case the child comes back.

Each child's placement plan should say what checks to make before you call the police. Your fostering service will tell you the local missing-from-care procedure. Follow it, but if you are worried, call anyway.

## What the police will ask for

Have this ready. It helps to write it down now, for every child, before anything happens.

- a recent photo
- what the child was wearing
- their phone number and social media names
- friends, relatives and places they may go
- any health needs or medicines
- anyone you are worried they may be with

Your fostering service will tell you if your area uses a form to hold this information in advance.

## When the child comes back

1. **Welcome them home.** Show you are glad they are safe. Try not to tell them off or question them hard at the door.
2. **Check they are safe and well.** Get medical help if they are hurt, unwell or may have taken something. Call 111 if you are unsure.
3. **Tell the police and your fostering service** that the child is back.
4. **Offer food, a drink, a shower and rest.**

The child should be offered a talk with someone independent about why they went and what happened while they were away. This is often called a return home interview. The child's social worker arranges it. The child can say no.

## Write it down

Write down the times you noticed, who you called, what the child said when they came back, and anything you noticed about how they were. Send it to your supervising social worker.

## If it keeps happening

Going missing can be a sign that a child is being harmed or exploited. Look out for new phones, money, clothes or older friends you do not know. Share what you notice with the child's social worker. Ask for a meeting to plan together. See [Safer caring](safer-caring).

## Look after yourself

Waiting for news is hard. Call the out-of-hours team if you need someone to talk to during the night. See [Looking after yourself](looking-after-yourself).
`;export{e as default};