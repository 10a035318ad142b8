var e=`---
id: recording
title: Keeping records
category: Training and development
summary: What to write down each day, how to write it, and how to keep records safe and private.
audience: carers
lastReviewed: 2026-11-01
order: 2
---
# Keeping records

If something serious has happened, deal with it first. Keep the child safe and call for help. Write it down afterwards, on the same day if you can.

## Why records matter

Your records are part of the child's story. They help the child's social worker plan for them. They can help the child understand their past when they are older. They also protect you, if questions are asked later.

## What to write down

Record the everyday and the important.

- how the child's day went: mood, sleep, eating, school
- achievements, big and small
- family time, and how the child was before and after. See [Family time](family-time).
- health: illnesses, injuries, appointments, medicines given
- accidents, and any marks or bruises you notice
- anything the child tells you that worries you, in their own words
- times the child went missing or came home late. See [When a child goes missing](missing-child).
- contact with professionals: who, when, what was agreed
- important decisions you made. See [Delegated authority](delegated-authority).

## How to write it

1. **Write on the same day.** Memories fade fast.
2. **Stick to facts.** Say what you saw and heard. If you give an opinion, say it is your opinion.
3. **Use the child's words.** Do not change or tidy up what they said.
4. **Include dates and times.**
5. **Be kind and respectful.** Write as if the child will read it one day. They might.
6. **Keep it short and clear.** Plain words are best.

### An example

| Less helpful | More helpful |
| --- | --- |
| "Had a terrible evening. Kicked off again." | "At 6.15pm the child threw a plate after I said no more screen time. I stayed calm and gave them space. By 7pm they were settled and we read together." |

## Keeping records safe

- Keep paper records locked away.
- Keep digital records on a device with a password or passcode.
- Do not share records with friends or family.
- Send records to your fostering service in the way it asks, and delete copies if told to.

Your fostering service will tell you how often to send in your records and in what format.

## Photos and keepsakes

Keep photos, certificates, school reports and small keepsakes for the child. Label them with dates. They help with life story work, which helps the child understand their history.

## Who can see your records

Your records become part of the child's file. The child may ask to see their file when they are older. Professionals involved with the child may read them too.

See also [Safer caring](safer-caring).
`;export{e as default};