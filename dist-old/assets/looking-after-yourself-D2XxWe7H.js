var e=`---
id: looking-after-yourself
title: Looking after yourself
category: Support for you
summary: Why your own wellbeing matters, signs that you need a break, and where to find support.
audience: carers
lastReviewed: 2026-11-01
order: 3
---
# Looking after yourself

If you feel you cannot keep yourself or a child safe right now, call 999. If you need urgent support from social care out of hours, call {{service.outOfHoursPhone}}.

## Why it matters

Caring for children who have been hurt is rewarding, and it is hard. Children pick up on your stress. When you are rested and supported, you can stay calm for them. Looking after yourself is part of looking after the child.

## Signs you may need more support

- feeling tired all the time, or sleeping badly
- feeling angry, tearful or numb more often
- dreading the next day
- not enjoying things you used to
- arguing more with your partner or family
- thinking about giving up fostering

Hearing about what has happened to children can affect you. This is sometimes called secondary trauma. It is common and it is not a sign of failure.

## What can help

### Small things, every day

1. Take a few minutes for yourself each day, even a cup of tea in peace.
2. Get outside, walk, move your body.
3. Keep in touch with friends who are not part of fostering.
4. Go to bed at a regular time when you can.

### Support from other carers

- Go to support groups run by your fostering service.
- If you are in a Mockingbird constellation, talk to your hub carer. See [Mockingbird](mockingbird).
- KEEP groups include time to talk about stress. See [What KEEP is](keep).
- Many carers find a buddy or mentor helps.

### Support from your fostering service

- Use supervision with your supervising social worker to talk about how you are, not only about the child.
- Ask about breaks. Your fostering service will tell you what short breaks or respite it offers.
- Ask for training on topics that worry you.
- If you feel unsupported, say so. See [The foster carer charter](foster-carer-charter).

### Your own health

- See your GP about your own physical or mental health.
- For health advice that is not an emergency, call 111.

## Your own children

Your own children share their home and their parents. They may feel left out, worried or angry. Make time for them alone. Ask your supervising social worker about support for sons and daughters of foster carers.

## After a crisis

After an emergency, a missing episode or an allegation, you may feel shaken for days or weeks. Talk to someone. Ask for a debrief with your supervising social worker. See [If an allegation is made](allegations).

## Contact

Talk to your supervising social worker, call the duty line on {{service.dutyPhone}}, or email {{service.email}}.
`;export{e as default};