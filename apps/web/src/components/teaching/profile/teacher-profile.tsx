"use client";

import { ZTeachersUpsertMyProfileInput, type TTeachersUpsertMyProfileInput } from "@guitaronline/api/contracts";
import { zodResolver } from "@hookform/resolvers/zod";
import { TRPCClientError } from "@trpc/client";
import { useTranslations } from "next-intl";
import { Controller, useForm } from "react-hook-form";
import { ErrorAlert } from "@/components/error-alert";
import { Loading } from "@/components/loading";
import { SubmitButton } from "@/components/submit-button";
import { useIdempotencyKey } from "@/lib/use-idempotency-key";
import { trpc } from "@/trpc/react";
import { FieldError, invalidProps, showServerFieldErrors } from "@/components/forms/field-error";
import { InstrumentsInput } from "./instruments-input";
import { TimeZoneSelect } from "@/components/forms/time-zone-select";

const FORM_ID = "teacher-profile";

const notFound = (error: unknown) => error instanceof TRPCClientError && (error.data as { code?: string } | undefined)?.code === "NOT_FOUND";

/** Loads what the teacher has written so far; a teacher not yet approved has no public page, so starts empty. */
export function TeacherProfile() {
  const t = useTranslations("teach.profile");
  const me = trpc.identity.me.useQuery();
  const teacherId = me.data?.id ?? "";
  const card = trpc.teachers.get.useQuery({ teacherId }, { enabled: Boolean(me.data) });
  if (!me.data || card.isPending || (card.isError && !notFound(card.error))) {
    return (
      <>
        <ErrorAlert error={card.error} />
        {!card.isError && (
<Loading>{t("loading")}</Loading>
        )}
      </>
    );
  }
  return (
    <ProfileForm
      saved={{ bio: card.data?.bio ?? "", instruments: card.data?.instruments ?? [], timezone: me.data.timezone }}
      teacherId={teacherId}
    />
  );
}

function ProfileForm({ saved, teacherId }: { saved: TTeachersUpsertMyProfileInput; teacherId: string }) {
  const t = useTranslations("teach.profile");
  const utils = trpc.useUtils();
  const form = useForm({ resolver: zodResolver(ZTeachersUpsertMyProfileInput), defaultValues: saved });
  const saveKey = useIdempotencyKey();
  const save = trpc.teachers.upsertMyProfile.useMutation({
    onSuccess: (profile) => {
      saveKey.done();
      form.reset({ bio: profile.bio, instruments: profile.instruments, timezone: profile.timezone });
      return Promise.all([utils.identity.me.invalidate(), utils.teachers.get.invalidate({ teacherId })]);
    },
    onError: (error) => showServerFieldErrors(error, form.setError),
  });
  const { errors, isDirty } = form.formState;

  return (
    <form
      id={FORM_ID}
      className="form card teach-profile"
      noValidate
      onSubmit={form.handleSubmit((profile) => {
        if (!save.isPending) save.mutate(saveKey.keyed(profile));
      })}
    >
      <div className="teach-field">
        <label>
          {t("bio")}
          <textarea rows={6} {...form.register("bio")} {...invalidProps(FORM_ID, "bio", Boolean(errors.bio))} />
        </label>
        <span className="hint">{t("bioHint")}</span>
        <FieldError formId={FORM_ID} field="bio" message={errors.bio && t("errors.bio")} />
      </div>
      <Controller
        control={form.control}
        name="instruments"
        render={({ field }) => (
          <div className="teach-field">
            <label htmlFor={`${FORM_ID}-instruments`}>{t("instruments")}</label>
            <InstrumentsInput
              id={`${FORM_ID}-instruments`}
              value={field.value ?? []}
              onChange={field.onChange}
              invalid={invalidProps(FORM_ID, "instruments", Boolean(errors.instruments))}
            />
            <FieldError formId={FORM_ID} field="instruments" message={errors.instruments && t("errors.instruments")} />
          </div>
        )}
      />
      <Controller
        control={form.control}
        name="timezone"
        render={({ field }) => (
          <TimeZoneSelect
            className="teach-field"
            id={`${FORM_ID}-timezone`}
            label={t("timezone")}
            hint={t("timezoneHint")}
            value={field.value ?? ""}
            onChange={field.onChange}
            invalid={invalidProps(FORM_ID, "timezone", Boolean(errors.timezone))}
            error={<FieldError formId={FORM_ID} field="timezone" message={errors.timezone && t("errors.timezone")} />}
          />
        )}
      />
      <div className="actions">
        <SubmitButton pending={save.isPending} pendingLabel={t("saving")}>
          {t("save")}
        </SubmitButton>
      </div>
      <ErrorAlert error={save.error} />
      {save.isSuccess && !isDirty && (
        <p className="notice" role="status">
          {t("saved")}
        </p>
      )}
    </form>
  );
}
