/**
 * Per-gemeente mail templates (the handreiking's two example mails), rendering with merge fields,
 * sending through SMTP, and logging a sent mail as a contact moment.
 */
import type { MailTemplateKey } from "@/generated/prisma/enums";
import type { TenantContext } from "@/lib/auth/context";
import type { Db } from "@/lib/db/tenant";
import { sendMail } from "@/lib/mail/transport";
import { AppError, notFound } from "@/lib/result";
import { ZLogSentMail, ZMailTemplate, ZMergeValues, ZSendTemplateMail, ZTemplateKey } from "../schemas";
import {
  DEFAULT_TEMPLATES,
  MERGE_FIELDS,
  fieldsIn,
  missingFieldsMessage,
  renderTemplate,
  unknownFields,
  withFixedPart,
  type MergeValues,
} from "../templates";
import { TEMPLATE_LABELS } from "../labels";
import { appUrl } from "@/lib/env";
import { assertCan, loadVestiging, parseEngagementInput, parseId } from "./access";
import { touchLastContact } from "./contacts";

/** Create the two default templates for this gemeente when missing (idempotent). */
async function ensureDefaultTemplates(db: Db, gemeenteId: string) {
  for (const key of Object.keys(DEFAULT_TEMPLATES) as MailTemplateKey[]) {
    const t = DEFAULT_TEMPLATES[key];
    await db.mailTemplate.upsert({
      where: { gemeenteId_key: { gemeenteId, key } },
      create: { gemeenteId, key, name: t.name, subject: t.subject, body: t.body },
      update: {},
    });
  }
}

export async function listTemplates(ctx: TenantContext) {
  assertCan(ctx, "engagement:read");
  return ctx.run(async (db) => {
    await ensureDefaultTemplates(db, ctx.gemeente.id);
    return db.mailTemplate.findMany({ orderBy: { key: "asc" } });
  });
}

export async function updateTemplate(ctx: TenantContext, id: unknown, input: unknown) {
  assertCan(ctx, "engagement:manage");
  const data = parseEngagementInput(ZMailTemplate, input);
  const unknown = unknownFields(data.subject, data.body);
  if (unknown.length) {
    throw new AppError("VALIDATION", undefined, {
      fieldErrors: {
        body: [
          `Deze invulvelden kennen we niet: ${unknown.map((f) => `{{${f}}}`).join(", ")}. Je kunt kiezen uit: ${Object.keys(MERGE_FIELDS)
            .map((f) => `{{${f}}}`)
            .join(", ")}.`,
        ],
      },
    });
  }
  return ctx.run(async (db) => {
    const t = await db.mailTemplate.findFirst({ where: { id: parseId(id) } });
    if (!t) throw notFound();
    // The voluntary / no-procurement sentence is a fixed part of the first-contact mail.
    return db.mailTemplate.update({
      where: { id: t.id },
      data: { ...data, body: withFixedPart(t.key, data.body), updatedById: ctx.userId },
    });
  });
}

/**
 * Merge values known from the data: ondernemer, aanhef (first contact person), gemeente, url (the
 * gemeente's public page), and the sender's own afzender, functie and contactgegevens (kept per
 * person on the account page); the caller adds the rest and may overrule these.
 */
async function mergeValuesFor(db: Db, ctx: TenantContext, vestigingId: string | null, extra: MergeValues): Promise<MergeValues> {
  const base: MergeValues = { gemeente: ctx.gemeente.name, url: `${appUrl()}/g/${ctx.gemeente.slug}` };
  if (vestigingId) {
    const v = await db.vestiging.findFirst({
      where: { id: vestigingId },
      select: { name: true, contactPersons: { orderBy: { createdAt: "asc" }, take: 1, select: { name: true } } },
    });
    if (!v) throw notFound();
    base.ondernemer = v.name;
    if (v.contactPersons[0]) base.aanhef = v.contactPersons[0].name;
  }
  if (ctx.userId) {
    const u = await db.user.findUnique({ where: { id: ctx.userId }, select: { name: true, jobTitle: true, workContact: true } });
    if (u) {
      base.afzender = u.name;
      if (u.jobTitle) base.functie = u.jobTitle;
      if (u.workContact) base.contactgegevens = u.workContact;
    }
  }
  return { ...base, ...extra };
}

/** Render a template for a vestiging (or without one, e.g. the mail to colleagues). */
export async function renderTemplateFor(ctx: TenantContext, key: unknown, vestigingId: unknown | null, values: unknown = {}) {
  assertCan(ctx, "engagement:read");
  const k = parseEngagementInput(ZTemplateKey, key);
  const extra = parseEngagementInput(ZMergeValues, values) as MergeValues;
  return ctx.run(async (db) => {
    await ensureDefaultTemplates(db, ctx.gemeente.id);
    const vid = vestigingId == null ? null : (await loadVestiging(db, vestigingId)).id;
    const t = await db.mailTemplate.findFirst({ where: { key: k } });
    if (!t) throw notFound();
    const merged = await mergeValuesFor(db, ctx, vid, extra);
    const subject = renderTemplate(t.subject, merged);
    const body = renderTemplate(withFixedPart(t.key, t.body), merged);
    return { key: k, subject: subject.text, body: body.text, missing: [...new Set([...subject.missing, ...body.missing])] };
  });
}

/**
 * The send form's material: per template its raw subject and body (with the fixed sentence), its
 * own merge fields in order of appearance, and the values the data already knows. The browser
 * renders the live preview from these with the same `renderTemplate` the server sends with.
 */
export async function templateMailDrafts(ctx: TenantContext, vestigingId: unknown) {
  assertCan(ctx, "engagement:manage");
  return ctx.run(async (db) => {
    await ensureDefaultTemplates(db, ctx.gemeente.id);
    const v = await loadVestiging(db, vestigingId);
    const known = await mergeValuesFor(db, ctx, v.id, {});
    const templates = await db.mailTemplate.findMany({ orderBy: { key: "asc" } });
    return templates.map((t) => {
      const body = withFixedPart(t.key, t.body);
      const fields = fieldsIn(t.subject, body);
      const values = Object.fromEntries(fields.map((f) => [f, (known as Record<string, string | undefined>)[f] ?? ""]));
      return { key: t.key, label: TEMPLATE_LABELS[t.key], subject: t.subject, body, fields, values };
    });
  });
}

/** Log a mail sent outside Samenkracht (e.g. copied into the own mail program) as a contact moment. */
export async function logSentMail(ctx: TenantContext, vestigingId: unknown, input: unknown, now = new Date()) {
  assertCan(ctx, "engagement:manage");
  const data = parseEngagementInput(ZLogSentMail, input);
  return ctx.run(async (db) => {
    const v = await loadVestiging(db, vestigingId);
    const moment = await db.contactMoment.create({
      data: {
        gemeenteId: ctx.gemeente.id,
        vestigingId: v.id,
        kind: "MAIL",
        at: now,
        byUserId: ctx.userId,
        templateKey: data.key,
        mailSubject: data.subject,
        outcome: "Mail verstuurd",
      },
    });
    await touchLastContact(db, v.id, now);
    return moment;
  });
}

/**
 * Render and send a template mail to the entrepreneur through SMTP, then log it as a contact
 * moment. All merge fields must be filled in; nothing is sent or logged otherwise.
 */
export async function sendTemplateMail(ctx: TenantContext, vestigingId: unknown, input: unknown, now = new Date()) {
  assertCan(ctx, "engagement:manage");
  const data = parseEngagementInput(ZSendTemplateMail, input);
  const rendered = await renderTemplateFor(ctx, data.key, vestigingId, data.values ?? {});
  if (rendered.missing.length) {
    throw new AppError("TEMPLATE_INCOMPLETE", missingFieldsMessage(rendered.missing), {
      fieldErrors: Object.fromEntries(rendered.missing.map((f) => [`values.${f}`, ["Vul dit veld in."]])),
    });
  }
  await sendMail({ to: data.to, subject: rendered.subject, text: rendered.body });
  return logSentMail(ctx, vestigingId, { key: data.key, subject: rendered.subject }, now);
}
