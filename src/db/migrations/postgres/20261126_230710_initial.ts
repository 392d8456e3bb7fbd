import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('zh', 'en', 'ja', 'ko', 'fr', 'de', 'es', 'ru', 'ar');
  CREATE TYPE "public"."enum_news_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_news_translation_state" AS ENUM('missing', 'machine_draft', 'in_review', 'approved', 'outdated');
  CREATE TYPE "public"."enum_news_translation_method" AS ENUM('machine', 'human', 'machine_human');
  CREATE TYPE "public"."enum__news_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__news_v_published_locale" AS ENUM('zh', 'en', 'ja', 'ko', 'fr', 'de', 'es', 'ru', 'ar');
  CREATE TYPE "public"."enum__news_v_version_translation_state" AS ENUM('missing', 'machine_draft', 'in_review', 'approved', 'outdated');
  CREATE TYPE "public"."enum__news_v_version_translation_method" AS ENUM('machine', 'human', 'machine_human');
  CREATE TYPE "public"."enum_policy_documents_validity" AS ENUM('not_yet_effective', 'in_force', 'amended', 'repealed', 'expired');
  CREATE TYPE "public"."enum_policy_documents_translation_state" AS ENUM('missing', 'machine_draft', 'in_review', 'approved', 'outdated');
  CREATE TYPE "public"."enum_policy_documents_translation_method" AS ENUM('machine', 'human', 'machine_human');
  CREATE TYPE "public"."enum_policy_interpretations_audience" AS ENUM('residents', 'professionals', 'students', 'businesses', 'visitors');
  CREATE TYPE "public"."enum_policy_interpretations_format" AS ENUM('text', 'qa', 'graphic');
  CREATE TYPE "public"."enum_policy_interpretations_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_policy_interpretations_translation_state" AS ENUM('missing', 'machine_draft', 'in_review', 'approved', 'outdated');
  CREATE TYPE "public"."enum_policy_interpretations_translation_method" AS ENUM('machine', 'human', 'machine_human');
  CREATE TYPE "public"."enum__policy_interpretations_v_version_audience" AS ENUM('residents', 'professionals', 'students', 'businesses', 'visitors');
  CREATE TYPE "public"."enum__policy_interpretations_v_version_format" AS ENUM('text', 'qa', 'graphic');
  CREATE TYPE "public"."enum__policy_interpretations_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__policy_interpretations_v_published_locale" AS ENUM('zh', 'en', 'ja', 'ko', 'fr', 'de', 'es', 'ru', 'ar');
  CREATE TYPE "public"."enum__policy_interpretations_v_version_translation_state" AS ENUM('missing', 'machine_draft', 'in_review', 'approved', 'outdated');
  CREATE TYPE "public"."enum__policy_interpretations_v_version_translation_method" AS ENUM('machine', 'human', 'machine_human');
  CREATE TYPE "public"."enum_services_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_services_translation_state" AS ENUM('missing', 'machine_draft', 'in_review', 'approved', 'outdated');
  CREATE TYPE "public"."enum_services_translation_method" AS ENUM('machine', 'human', 'machine_human');
  CREATE TYPE "public"."enum__services_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__services_v_published_locale" AS ENUM('zh', 'en', 'ja', 'ko', 'fr', 'de', 'es', 'ru', 'ar');
  CREATE TYPE "public"."enum__services_v_version_translation_state" AS ENUM('missing', 'machine_draft', 'in_review', 'approved', 'outdated');
  CREATE TYPE "public"."enum__services_v_version_translation_method" AS ENUM('machine', 'human', 'machine_human');
  CREATE TYPE "public"."enum_zones_translation_state" AS ENUM('missing', 'machine_draft', 'in_review', 'approved', 'outdated');
  CREATE TYPE "public"."enum_zones_translation_method" AS ENUM('machine', 'human', 'machine_human');
  CREATE TYPE "public"."enum_topics_translation_state" AS ENUM('missing', 'machine_draft', 'in_review', 'approved', 'outdated');
  CREATE TYPE "public"."enum_topics_translation_method" AS ENUM('machine', 'human', 'machine_human');
  CREATE TYPE "public"."enum_sources_translation_state" AS ENUM('missing', 'machine_draft', 'in_review', 'approved', 'outdated');
  CREATE TYPE "public"."enum_sources_translation_method" AS ENUM('machine', 'human', 'machine_human');
  CREATE TYPE "public"."enum_media_translation_state" AS ENUM('missing', 'machine_draft', 'in_review', 'approved', 'outdated');
  CREATE TYPE "public"."enum_media_translation_method" AS ENUM('machine', 'human', 'machine_human');
  CREATE TYPE "public"."enum_users_languages" AS ENUM('en', 'ja', 'ko', 'fr', 'de', 'es', 'ru', 'ar');
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'editor', 'translator', 'reviewer');
  CREATE TYPE "public"."enum_partners_allowed_locales" AS ENUM('zh', 'en', 'ja', 'ko', 'fr', 'de', 'es', 'ru', 'ar');
  CREATE TYPE "public"."enum_partners_allowed_types" AS ENUM('news', 'services', 'policy-interpretations');
  CREATE TYPE "public"."enum_partners_rate_limit_tier" AS ENUM('basic', 'standard', 'unlimited');
  CREATE TYPE "public"."enum_deepl_glossaries_locale" AS ENUM('en', 'ja', 'ko', 'fr', 'de', 'es', 'ru', 'ar');
  CREATE TYPE "public"."enum_translation_memory_locale" AS ENUM('en', 'ja', 'ko', 'fr', 'de', 'es', 'ru', 'ar');
  CREATE TYPE "public"."enum_translation_batches_languages" AS ENUM('en', 'ja', 'ko', 'fr', 'de', 'es', 'ru', 'ar');
  CREATE TYPE "public"."enum_translation_batches_status" AS ENUM('queued', 'running', 'done', 'failed');
  CREATE TYPE "public"."enum_webhook_deliveries_event_type" AS ENUM('item.published', 'item.updated', 'item.withdrawn');
  CREATE TYPE "public"."enum_webhook_deliveries_item_type" AS ENUM('news', 'services', 'policy-interpretations');
  CREATE TYPE "public"."enum_webhook_deliveries_locale" AS ENUM('zh', 'en', 'ja', 'ko', 'fr', 'de', 'es', 'ru', 'ar');
  CREATE TYPE "public"."enum_webhook_deliveries_status" AS ENUM('pending', 'delivered', 'failed');
  CREATE TYPE "public"."enum_link_checks_usages_locale" AS ENUM('zh', 'en', 'ja', 'ko', 'fr', 'de', 'es', 'ru', 'ar');
  CREATE TYPE "public"."enum_link_checks_history_status" AS ENUM('ok', 'redirected', 'broken', 'timeout', 'error', 'blocked');
  CREATE TYPE "public"."enum_link_checks_status" AS ENUM('ok', 'redirected', 'broken', 'timeout', 'error', 'blocked');
  CREATE TYPE "public"."enum_link_checks_error_kind" AS ENUM('dns', 'refused', 'tls', 'reset', 'unreachable', 'too_many_redirects', 'bad_redirect', 'private_address', 'other');
  CREATE TYPE "public"."enum_search_index_type" AS ENUM('services', 'policy-interpretations', 'news', 'policy-documents', 'zones');
  CREATE TYPE "public"."enum_search_index_locale" AS ENUM('zh', 'en', 'ja', 'ko', 'fr', 'de', 'es', 'ru', 'ar');
  CREATE TYPE "public"."enum_audit_log_actor_type" AS ENUM('user', 'partner', 'system');
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('create', 'update', 'delete', 'publish', 'unpublish', 'translation-submit', 'translation-approve', 'translation-send-back', 'fact-override', 'role-change', 'key-rotate', 'key-revoke', 'key-restore', 'webhook-secret-rotate', 'review-confirm');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'translateDocument', 'translateBatch', 'dispatchWebhooks', 'deliverWebhook', 'checkLinks', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'translateDocument', 'translateBatch', 'dispatchWebhooks', 'deliverWebhook', 'checkLinks', 'schedulePublish');
  CREATE TABLE "news" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"hero_image_id" uuid,
  	"original_url" varchar,
  	"slug" varchar,
  	"source_id" uuid,
  	"published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_news_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "news_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"translation_state" "enum_news_translation_state" DEFAULT 'missing',
  	"translation_method" "enum_news_translation_method",
  	"translation_engine" varchar,
  	"translation_translated_at" timestamp(3) with time zone,
  	"translation_reviewed_by_id" uuid,
  	"translation_reviewer_department" varchar,
  	"translation_reviewed_at" timestamp(3) with time zone,
  	"translation_source_updated_at" timestamp(3) with time zone,
  	"translation_source_hashes" jsonb,
  	"translation_source_snapshot" jsonb,
  	"translation_outdated_fields" jsonb,
  	"translation_terminology" jsonb,
  	"translation_facts" jsonb,
  	"translation_fact_overrides" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "news_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" uuid,
  	"zones_id" uuid
  );
  
  CREATE TABLE "_news_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_hero_image_id" uuid,
  	"version_original_url" varchar,
  	"version_slug" varchar,
  	"version_source_id" uuid,
  	"version_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__news_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__news_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_news_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_translation_state" "enum__news_v_version_translation_state" DEFAULT 'missing',
  	"version_translation_method" "enum__news_v_version_translation_method",
  	"version_translation_engine" varchar,
  	"version_translation_translated_at" timestamp(3) with time zone,
  	"version_translation_reviewed_by_id" uuid,
  	"version_translation_reviewer_department" varchar,
  	"version_translation_reviewed_at" timestamp(3) with time zone,
  	"version_translation_source_updated_at" timestamp(3) with time zone,
  	"version_translation_source_hashes" jsonb,
  	"version_translation_source_snapshot" jsonb,
  	"version_translation_outdated_fields" jsonb,
  	"version_translation_terminology" jsonb,
  	"version_translation_facts" jsonb,
  	"version_translation_fact_overrides" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "_news_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" uuid,
  	"zones_id" uuid
  );
  
  CREATE TABLE "policy_documents" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"document_number" varchar NOT NULL,
  	"source_id" uuid NOT NULL,
  	"issue_date" timestamp(3) with time zone NOT NULL,
  	"effective_date" timestamp(3) with time zone,
  	"expiry_date" timestamp(3) with time zone,
  	"validity" "enum_policy_documents_validity" DEFAULT 'in_force' NOT NULL,
  	"replaced_by_id" uuid,
  	"original_url" varchar,
  	"slug" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "policy_documents_locales" (
  	"title" varchar NOT NULL,
  	"full_text" jsonb,
  	"translation_state" "enum_policy_documents_translation_state" DEFAULT 'missing',
  	"translation_method" "enum_policy_documents_translation_method",
  	"translation_engine" varchar,
  	"translation_translated_at" timestamp(3) with time zone,
  	"translation_reviewed_by_id" uuid,
  	"translation_reviewer_department" varchar,
  	"translation_reviewed_at" timestamp(3) with time zone,
  	"translation_source_updated_at" timestamp(3) with time zone,
  	"translation_source_hashes" jsonb,
  	"translation_source_snapshot" jsonb,
  	"translation_outdated_fields" jsonb,
  	"translation_terminology" jsonb,
  	"translation_facts" jsonb,
  	"translation_fact_overrides" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "policy_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" uuid,
  	"topics_id" uuid
  );
  
  CREATE TABLE "policy_interpretations_key_points" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "policy_interpretations_key_points_locales" (
  	"point" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "policy_interpretations_questions" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "policy_interpretations_questions_locales" (
  	"question" varchar,
  	"answer" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "policy_interpretations_audience" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_policy_interpretations_audience",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "policy_interpretations" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"hero_image_id" uuid,
  	"interprets_id" uuid,
  	"format" "enum_policy_interpretations_format" DEFAULT 'text',
  	"last_reviewed_at" timestamp(3) with time zone,
  	"last_reviewed_by_id" uuid,
  	"review_by" timestamp(3) with time zone,
  	"slug" varchar,
  	"source_id" uuid,
  	"published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_policy_interpretations_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "policy_interpretations_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"translation_state" "enum_policy_interpretations_translation_state" DEFAULT 'missing',
  	"translation_method" "enum_policy_interpretations_translation_method",
  	"translation_engine" varchar,
  	"translation_translated_at" timestamp(3) with time zone,
  	"translation_reviewed_by_id" uuid,
  	"translation_reviewer_department" varchar,
  	"translation_reviewed_at" timestamp(3) with time zone,
  	"translation_source_updated_at" timestamp(3) with time zone,
  	"translation_source_hashes" jsonb,
  	"translation_source_snapshot" jsonb,
  	"translation_outdated_fields" jsonb,
  	"translation_terminology" jsonb,
  	"translation_facts" jsonb,
  	"translation_fact_overrides" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "policy_interpretations_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"services_id" uuid,
  	"topics_id" uuid,
  	"zones_id" uuid
  );
  
  CREATE TABLE "_policy_interpretations_v_version_key_points" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_policy_interpretations_v_version_key_points_locales" (
  	"point" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "_policy_interpretations_v_version_questions" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_policy_interpretations_v_version_questions_locales" (
  	"question" varchar,
  	"answer" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "_policy_interpretations_v_version_audience" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum__policy_interpretations_v_version_audience",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "_policy_interpretations_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_hero_image_id" uuid,
  	"version_interprets_id" uuid,
  	"version_format" "enum__policy_interpretations_v_version_format" DEFAULT 'text',
  	"version_last_reviewed_at" timestamp(3) with time zone,
  	"version_last_reviewed_by_id" uuid,
  	"version_review_by" timestamp(3) with time zone,
  	"version_slug" varchar,
  	"version_source_id" uuid,
  	"version_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__policy_interpretations_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__policy_interpretations_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_policy_interpretations_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_translation_state" "enum__policy_interpretations_v_version_translation_state" DEFAULT 'missing',
  	"version_translation_method" "enum__policy_interpretations_v_version_translation_method",
  	"version_translation_engine" varchar,
  	"version_translation_translated_at" timestamp(3) with time zone,
  	"version_translation_reviewed_by_id" uuid,
  	"version_translation_reviewer_department" varchar,
  	"version_translation_reviewed_at" timestamp(3) with time zone,
  	"version_translation_source_updated_at" timestamp(3) with time zone,
  	"version_translation_source_hashes" jsonb,
  	"version_translation_source_snapshot" jsonb,
  	"version_translation_outdated_fields" jsonb,
  	"version_translation_terminology" jsonb,
  	"version_translation_facts" jsonb,
  	"version_translation_fact_overrides" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "_policy_interpretations_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"services_id" uuid,
  	"topics_id" uuid,
  	"zones_id" uuid
  );
  
  CREATE TABLE "services_materials" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"copies" numeric,
  	"original_required" boolean DEFAULT false
  );
  
  CREATE TABLE "services_materials_locales" (
  	"name" varchar,
  	"notes" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "services_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "services_steps_locales" (
  	"title" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "services_offices" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"phone" varchar,
  	"website" varchar,
  	"latitude" numeric,
  	"longitude" numeric
  );
  
  CREATE TABLE "services_offices_locales" (
  	"name" varchar,
  	"address" varchar,
  	"hours" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "services_faqs" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "services_faqs_locales" (
  	"question" varchar,
  	"answer" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "services" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"online_application_url" varchar,
  	"online_application_last_check_checked_at" timestamp(3) with time zone,
  	"online_application_last_check_http_status" numeric,
  	"online_application_last_check_ok" boolean,
  	"online_application_last_check_error" varchar,
  	"hero_image_id" uuid,
  	"last_reviewed_at" timestamp(3) with time zone,
  	"last_reviewed_by_id" uuid,
  	"review_by" timestamp(3) with time zone,
  	"slug" varchar,
  	"source_id" uuid,
  	"published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_services_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "services_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"eligibility" jsonb,
  	"fees" varchar,
  	"processing_time" varchar,
  	"body" jsonb,
  	"translation_state" "enum_services_translation_state" DEFAULT 'missing',
  	"translation_method" "enum_services_translation_method",
  	"translation_engine" varchar,
  	"translation_translated_at" timestamp(3) with time zone,
  	"translation_reviewed_by_id" uuid,
  	"translation_reviewer_department" varchar,
  	"translation_reviewed_at" timestamp(3) with time zone,
  	"translation_source_updated_at" timestamp(3) with time zone,
  	"translation_source_hashes" jsonb,
  	"translation_source_snapshot" jsonb,
  	"translation_outdated_fields" jsonb,
  	"translation_terminology" jsonb,
  	"translation_facts" jsonb,
  	"translation_fact_overrides" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "services_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"policy_documents_id" uuid,
  	"topics_id" uuid,
  	"zones_id" uuid
  );
  
  CREATE TABLE "_services_v_version_materials" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"copies" numeric,
  	"original_required" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_services_v_version_materials_locales" (
  	"name" varchar,
  	"notes" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "_services_v_version_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_services_v_version_steps_locales" (
  	"title" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "_services_v_version_offices" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"phone" varchar,
  	"website" varchar,
  	"latitude" numeric,
  	"longitude" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_services_v_version_offices_locales" (
  	"name" varchar,
  	"address" varchar,
  	"hours" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "_services_v_version_faqs" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_services_v_version_faqs_locales" (
  	"question" varchar,
  	"answer" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "_services_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_online_application_url" varchar,
  	"version_online_application_last_check_checked_at" timestamp(3) with time zone,
  	"version_online_application_last_check_http_status" numeric,
  	"version_online_application_last_check_ok" boolean,
  	"version_online_application_last_check_error" varchar,
  	"version_hero_image_id" uuid,
  	"version_last_reviewed_at" timestamp(3) with time zone,
  	"version_last_reviewed_by_id" uuid,
  	"version_review_by" timestamp(3) with time zone,
  	"version_slug" varchar,
  	"version_source_id" uuid,
  	"version_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__services_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__services_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_services_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_eligibility" jsonb,
  	"version_fees" varchar,
  	"version_processing_time" varchar,
  	"version_body" jsonb,
  	"version_translation_state" "enum__services_v_version_translation_state" DEFAULT 'missing',
  	"version_translation_method" "enum__services_v_version_translation_method",
  	"version_translation_engine" varchar,
  	"version_translation_translated_at" timestamp(3) with time zone,
  	"version_translation_reviewed_by_id" uuid,
  	"version_translation_reviewer_department" varchar,
  	"version_translation_reviewed_at" timestamp(3) with time zone,
  	"version_translation_source_updated_at" timestamp(3) with time zone,
  	"version_translation_source_hashes" jsonb,
  	"version_translation_source_snapshot" jsonb,
  	"version_translation_outdated_fields" jsonb,
  	"version_translation_terminology" jsonb,
  	"version_translation_facts" jsonb,
  	"version_translation_fact_overrides" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "_services_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"policy_documents_id" uuid,
  	"topics_id" uuid,
  	"zones_id" uuid
  );
  
  CREATE TABLE "zones_highlights" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "zones_highlights_locales" (
  	"text" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "zones" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"contact_phone" varchar,
  	"contact_email" varchar,
  	"contact_website" varchar,
  	"image_id" uuid,
  	"slug" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "zones_locales" (
  	"name" varchar NOT NULL,
  	"summary" varchar,
  	"description" jsonb,
  	"contact_address" varchar,
  	"translation_state" "enum_zones_translation_state" DEFAULT 'missing',
  	"translation_method" "enum_zones_translation_method",
  	"translation_engine" varchar,
  	"translation_translated_at" timestamp(3) with time zone,
  	"translation_reviewed_by_id" uuid,
  	"translation_reviewer_department" varchar,
  	"translation_reviewed_at" timestamp(3) with time zone,
  	"translation_source_updated_at" timestamp(3) with time zone,
  	"translation_source_hashes" jsonb,
  	"translation_source_snapshot" jsonb,
  	"translation_outdated_fields" jsonb,
  	"translation_terminology" jsonb,
  	"translation_facts" jsonb,
  	"translation_fact_overrides" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "topics" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"slug" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "topics_locales" (
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"translation_state" "enum_topics_translation_state" DEFAULT 'missing',
  	"translation_method" "enum_topics_translation_method",
  	"translation_engine" varchar,
  	"translation_translated_at" timestamp(3) with time zone,
  	"translation_reviewed_by_id" uuid,
  	"translation_reviewer_department" varchar,
  	"translation_reviewed_at" timestamp(3) with time zone,
  	"translation_source_updated_at" timestamp(3) with time zone,
  	"translation_source_hashes" jsonb,
  	"translation_source_snapshot" jsonb,
  	"translation_outdated_fields" jsonb,
  	"translation_terminology" jsonb,
  	"translation_facts" jsonb,
  	"translation_fact_overrides" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "sources" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"website" varchar,
  	"slug" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "sources_locales" (
  	"name" varchar NOT NULL,
  	"abbreviation" varchar,
  	"translation_state" "enum_sources_translation_state" DEFAULT 'missing',
  	"translation_method" "enum_sources_translation_method",
  	"translation_engine" varchar,
  	"translation_translated_at" timestamp(3) with time zone,
  	"translation_reviewed_by_id" uuid,
  	"translation_reviewer_department" varchar,
  	"translation_reviewed_at" timestamp(3) with time zone,
  	"translation_source_updated_at" timestamp(3) with time zone,
  	"translation_source_hashes" jsonb,
  	"translation_source_snapshot" jsonb,
  	"translation_outdated_fields" jsonb,
  	"translation_terminology" jsonb,
  	"translation_facts" jsonb,
  	"translation_fact_overrides" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "glossary" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"term" varchar NOT NULL,
  	"approved_en" varchar,
  	"approved_ja" varchar,
  	"approved_ko" varchar,
  	"approved_fr" varchar,
  	"approved_de" varchar,
  	"approved_es" varchar,
  	"approved_ru" varchar,
  	"approved_ar" varchar,
  	"do_not_translate" boolean DEFAULT false,
  	"notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"credit" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_thumbnail_webp_url" varchar,
  	"sizes_thumbnail_webp_width" numeric,
  	"sizes_thumbnail_webp_height" numeric,
  	"sizes_thumbnail_webp_mime_type" varchar,
  	"sizes_thumbnail_webp_filesize" numeric,
  	"sizes_thumbnail_webp_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_card_webp_url" varchar,
  	"sizes_card_webp_width" numeric,
  	"sizes_card_webp_height" numeric,
  	"sizes_card_webp_mime_type" varchar,
  	"sizes_card_webp_filesize" numeric,
  	"sizes_card_webp_filename" varchar,
  	"sizes_hero_url" varchar,
  	"sizes_hero_width" numeric,
  	"sizes_hero_height" numeric,
  	"sizes_hero_mime_type" varchar,
  	"sizes_hero_filesize" numeric,
  	"sizes_hero_filename" varchar,
  	"sizes_hero_webp_url" varchar,
  	"sizes_hero_webp_width" numeric,
  	"sizes_hero_webp_height" numeric,
  	"sizes_hero_webp_mime_type" varchar,
  	"sizes_hero_webp_filesize" numeric,
  	"sizes_hero_webp_filename" varchar
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar NOT NULL,
  	"caption" varchar,
  	"translation_state" "enum_media_translation_state" DEFAULT 'missing',
  	"translation_method" "enum_media_translation_method",
  	"translation_engine" varchar,
  	"translation_translated_at" timestamp(3) with time zone,
  	"translation_reviewed_by_id" uuid,
  	"translation_reviewer_department" varchar,
  	"translation_reviewed_at" timestamp(3) with time zone,
  	"translation_source_updated_at" timestamp(3) with time zone,
  	"translation_source_hashes" jsonb,
  	"translation_source_snapshot" jsonb,
  	"translation_outdated_fields" jsonb,
  	"translation_terminology" jsonb,
  	"translation_facts" jsonb,
  	"translation_fact_overrides" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "users_languages" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_users_languages",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar NOT NULL,
  	"role" "enum_users_role" DEFAULT 'editor' NOT NULL,
  	"department" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "partners_allowed_locales" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_partners_allowed_locales",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "partners_allowed_types" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_partners_allowed_types",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "partners" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar NOT NULL,
  	"contact_email" varchar,
  	"rate_limit_tier" "enum_partners_rate_limit_tier" DEFAULT 'standard',
  	"webhook_url" varchar,
  	"webhook_secret" varchar,
  	"active" boolean DEFAULT true,
  	"inactive_reason" varchar,
  	"key_prefix" varchar,
  	"key_issued_at" timestamp(3) with time zone,
  	"key_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "partners_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "partners_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" uuid
  );
  
  CREATE TABLE "deepl_glossaries" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"locale" "enum_deepl_glossaries_locale" NOT NULL,
  	"glossary_id" varchar,
  	"version" varchar NOT NULL,
  	"entry_count" numeric DEFAULT 0,
  	"synced_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "translation_memory" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"key" varchar NOT NULL,
  	"source" varchar NOT NULL,
  	"locale" "enum_translation_memory_locale" NOT NULL,
  	"glossary_version" varchar,
  	"translation" varchar NOT NULL,
  	"engine" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "translation_batches_languages" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_translation_batches_languages",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "translation_batches" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"label" varchar,
  	"target_collection" varchar NOT NULL,
  	"documents" jsonb,
  	"completed" jsonb,
  	"status" "enum_translation_batches_status" DEFAULT 'queued',
  	"total" numeric,
  	"done" numeric DEFAULT 0,
  	"failed" numeric DEFAULT 0,
  	"requests" numeric DEFAULT 0,
  	"billed_characters" numeric DEFAULT 0,
  	"message" varchar,
  	"requested_by_id" uuid,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "webhook_deliveries" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"partner_id" uuid,
  	"event_id" varchar NOT NULL,
  	"event_type" "enum_webhook_deliveries_event_type" NOT NULL,
  	"item_type" "enum_webhook_deliveries_item_type" NOT NULL,
  	"item_id" varchar NOT NULL,
  	"locale" "enum_webhook_deliveries_locale" NOT NULL,
  	"item_hash" varchar,
  	"body" varchar NOT NULL,
  	"status" "enum_webhook_deliveries_status" DEFAULT 'pending' NOT NULL,
  	"attempts" numeric DEFAULT 0,
  	"last_status_code" numeric,
  	"last_error" varchar,
  	"delivered_at" timestamp(3) with time zone,
  	"next_attempt_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "feed_state" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"key" varchar NOT NULL,
  	"sequence" numeric NOT NULL,
  	"item_type" varchar NOT NULL,
  	"item_id" varchar NOT NULL,
  	"locale" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "link_checks_redirects" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar NOT NULL,
  	"http_status" numeric NOT NULL
  );
  
  CREATE TABLE "link_checks_usages" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"collection" varchar NOT NULL,
  	"doc_id" varchar NOT NULL,
  	"title" varchar,
  	"field_path" varchar NOT NULL,
  	"locale" "enum_link_checks_usages_locale"
  );
  
  CREATE TABLE "link_checks_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"checked_at" timestamp(3) with time zone NOT NULL,
  	"status" "enum_link_checks_history_status" NOT NULL,
  	"http_status" numeric,
  	"error" varchar,
  	"duration_ms" numeric
  );
  
  CREATE TABLE "link_checks" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"url" varchar NOT NULL,
  	"host" varchar,
  	"status" "enum_link_checks_status" NOT NULL,
  	"http_status" numeric,
  	"error_kind" "enum_link_checks_error_kind",
  	"error" varchar,
  	"final_url" varchar,
  	"last_checked_at" timestamp(3) with time zone,
  	"first_broken_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "search_index" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"type" "enum_search_index_type" NOT NULL,
  	"doc_id" varchar NOT NULL,
  	"key" varchar NOT NULL,
  	"locale" "enum_search_index_locale" NOT NULL,
  	"slug" varchar NOT NULL,
  	"title" varchar NOT NULL,
  	"text" varchar,
  	"key_title" varchar NOT NULL,
  	"content" varchar NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "audit_log" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"actor_type" "enum_audit_log_actor_type" NOT NULL,
  	"actor_id" varchar,
  	"actor" varchar,
  	"action" "enum_audit_log_action" NOT NULL,
  	"collection_slug" varchar NOT NULL,
  	"document_id" varchar NOT NULL,
  	"title" varchar,
  	"locale" varchar,
  	"summary" varchar,
  	"request_id" varchar
  );
  
  CREATE TABLE "payload_kv" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"concurrency_key" varchar,
  	"meta" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"news_id" uuid,
  	"policy_documents_id" uuid,
  	"policy_interpretations_id" uuid,
  	"services_id" uuid,
  	"zones_id" uuid,
  	"topics_id" uuid,
  	"sources_id" uuid,
  	"glossary_id" uuid,
  	"media_id" uuid,
  	"users_id" uuid,
  	"partners_id" uuid,
  	"deepl_glossaries_id" uuid,
  	"translation_memory_id" uuid,
  	"translation_batches_id" uuid,
  	"webhook_deliveries_id" uuid,
  	"feed_state_id" uuid,
  	"link_checks_id" uuid,
  	"search_index_id" uuid,
  	"audit_log_id" uuid
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" uuid,
  	"partners_id" uuid
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "news" ADD CONSTRAINT "news_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news" ADD CONSTRAINT "news_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news_locales" ADD CONSTRAINT "news_locales_translation_reviewed_by_id_users_id_fk" FOREIGN KEY ("translation_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news_locales" ADD CONSTRAINT "news_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news_rels" ADD CONSTRAINT "news_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news_rels" ADD CONSTRAINT "news_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news_rels" ADD CONSTRAINT "news_rels_zones_fk" FOREIGN KEY ("zones_id") REFERENCES "public"."zones"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_parent_id_news_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."news"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_version_source_id_sources_id_fk" FOREIGN KEY ("version_source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v_locales" ADD CONSTRAINT "_news_v_locales_version_translation_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_translation_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v_locales" ADD CONSTRAINT "_news_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_news_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v_rels" ADD CONSTRAINT "_news_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_news_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v_rels" ADD CONSTRAINT "_news_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v_rels" ADD CONSTRAINT "_news_v_rels_zones_fk" FOREIGN KEY ("zones_id") REFERENCES "public"."zones"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policy_documents" ADD CONSTRAINT "policy_documents_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policy_documents" ADD CONSTRAINT "policy_documents_replaced_by_id_policy_documents_id_fk" FOREIGN KEY ("replaced_by_id") REFERENCES "public"."policy_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policy_documents_locales" ADD CONSTRAINT "policy_documents_locales_translation_reviewed_by_id_users_id_fk" FOREIGN KEY ("translation_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policy_documents_locales" ADD CONSTRAINT "policy_documents_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."policy_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policy_documents_rels" ADD CONSTRAINT "policy_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."policy_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policy_documents_rels" ADD CONSTRAINT "policy_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policy_documents_rels" ADD CONSTRAINT "policy_documents_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policy_interpretations_key_points" ADD CONSTRAINT "policy_interpretations_key_points_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."policy_interpretations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policy_interpretations_key_points_locales" ADD CONSTRAINT "policy_interpretations_key_points_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."policy_interpretations_key_points"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policy_interpretations_questions" ADD CONSTRAINT "policy_interpretations_questions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."policy_interpretations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policy_interpretations_questions_locales" ADD CONSTRAINT "policy_interpretations_questions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."policy_interpretations_questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policy_interpretations_audience" ADD CONSTRAINT "policy_interpretations_audience_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."policy_interpretations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policy_interpretations" ADD CONSTRAINT "policy_interpretations_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policy_interpretations" ADD CONSTRAINT "policy_interpretations_interprets_id_policy_documents_id_fk" FOREIGN KEY ("interprets_id") REFERENCES "public"."policy_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policy_interpretations" ADD CONSTRAINT "policy_interpretations_last_reviewed_by_id_users_id_fk" FOREIGN KEY ("last_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policy_interpretations" ADD CONSTRAINT "policy_interpretations_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policy_interpretations_locales" ADD CONSTRAINT "policy_interpretations_locales_translation_reviewed_by_id_users_id_fk" FOREIGN KEY ("translation_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policy_interpretations_locales" ADD CONSTRAINT "policy_interpretations_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."policy_interpretations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policy_interpretations_rels" ADD CONSTRAINT "policy_interpretations_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."policy_interpretations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policy_interpretations_rels" ADD CONSTRAINT "policy_interpretations_rels_services_fk" FOREIGN KEY ("services_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policy_interpretations_rels" ADD CONSTRAINT "policy_interpretations_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policy_interpretations_rels" ADD CONSTRAINT "policy_interpretations_rels_zones_fk" FOREIGN KEY ("zones_id") REFERENCES "public"."zones"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policy_interpretations_v_version_key_points" ADD CONSTRAINT "_policy_interpretations_v_version_key_points_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_policy_interpretations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policy_interpretations_v_version_key_points_locales" ADD CONSTRAINT "_policy_interpretations_v_version_key_points_locales_pare_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_policy_interpretations_v_version_key_points"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policy_interpretations_v_version_questions" ADD CONSTRAINT "_policy_interpretations_v_version_questions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_policy_interpretations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policy_interpretations_v_version_questions_locales" ADD CONSTRAINT "_policy_interpretations_v_version_questions_locales_paren_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_policy_interpretations_v_version_questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policy_interpretations_v_version_audience" ADD CONSTRAINT "_policy_interpretations_v_version_audience_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_policy_interpretations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policy_interpretations_v" ADD CONSTRAINT "_policy_interpretations_v_parent_id_policy_interpretations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."policy_interpretations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policy_interpretations_v" ADD CONSTRAINT "_policy_interpretations_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policy_interpretations_v" ADD CONSTRAINT "_policy_interpretations_v_version_interprets_id_policy_documents_id_fk" FOREIGN KEY ("version_interprets_id") REFERENCES "public"."policy_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policy_interpretations_v" ADD CONSTRAINT "_policy_interpretations_v_version_last_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_last_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policy_interpretations_v" ADD CONSTRAINT "_policy_interpretations_v_version_source_id_sources_id_fk" FOREIGN KEY ("version_source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policy_interpretations_v_locales" ADD CONSTRAINT "_policy_interpretations_v_locales_version_translation_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_translation_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policy_interpretations_v_locales" ADD CONSTRAINT "_policy_interpretations_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_policy_interpretations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policy_interpretations_v_rels" ADD CONSTRAINT "_policy_interpretations_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_policy_interpretations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policy_interpretations_v_rels" ADD CONSTRAINT "_policy_interpretations_v_rels_services_fk" FOREIGN KEY ("services_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policy_interpretations_v_rels" ADD CONSTRAINT "_policy_interpretations_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policy_interpretations_v_rels" ADD CONSTRAINT "_policy_interpretations_v_rels_zones_fk" FOREIGN KEY ("zones_id") REFERENCES "public"."zones"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_materials" ADD CONSTRAINT "services_materials_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_materials_locales" ADD CONSTRAINT "services_materials_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."services_materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_steps" ADD CONSTRAINT "services_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_steps_locales" ADD CONSTRAINT "services_steps_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."services_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_offices" ADD CONSTRAINT "services_offices_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_offices_locales" ADD CONSTRAINT "services_offices_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."services_offices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_faqs" ADD CONSTRAINT "services_faqs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_faqs_locales" ADD CONSTRAINT "services_faqs_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."services_faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services" ADD CONSTRAINT "services_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "services" ADD CONSTRAINT "services_last_reviewed_by_id_users_id_fk" FOREIGN KEY ("last_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "services" ADD CONSTRAINT "services_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "services_locales" ADD CONSTRAINT "services_locales_translation_reviewed_by_id_users_id_fk" FOREIGN KEY ("translation_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "services_locales" ADD CONSTRAINT "services_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_rels" ADD CONSTRAINT "services_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_rels" ADD CONSTRAINT "services_rels_policy_documents_fk" FOREIGN KEY ("policy_documents_id") REFERENCES "public"."policy_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_rels" ADD CONSTRAINT "services_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_rels" ADD CONSTRAINT "services_rels_zones_fk" FOREIGN KEY ("zones_id") REFERENCES "public"."zones"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_services_v_version_materials" ADD CONSTRAINT "_services_v_version_materials_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_services_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_services_v_version_materials_locales" ADD CONSTRAINT "_services_v_version_materials_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_services_v_version_materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_services_v_version_steps" ADD CONSTRAINT "_services_v_version_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_services_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_services_v_version_steps_locales" ADD CONSTRAINT "_services_v_version_steps_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_services_v_version_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_services_v_version_offices" ADD CONSTRAINT "_services_v_version_offices_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_services_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_services_v_version_offices_locales" ADD CONSTRAINT "_services_v_version_offices_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_services_v_version_offices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_services_v_version_faqs" ADD CONSTRAINT "_services_v_version_faqs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_services_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_services_v_version_faqs_locales" ADD CONSTRAINT "_services_v_version_faqs_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_services_v_version_faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_services_v" ADD CONSTRAINT "_services_v_parent_id_services_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."services"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_services_v" ADD CONSTRAINT "_services_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_services_v" ADD CONSTRAINT "_services_v_version_last_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_last_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_services_v" ADD CONSTRAINT "_services_v_version_source_id_sources_id_fk" FOREIGN KEY ("version_source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_services_v_locales" ADD CONSTRAINT "_services_v_locales_version_translation_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_translation_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_services_v_locales" ADD CONSTRAINT "_services_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_services_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_services_v_rels" ADD CONSTRAINT "_services_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_services_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_services_v_rels" ADD CONSTRAINT "_services_v_rels_policy_documents_fk" FOREIGN KEY ("policy_documents_id") REFERENCES "public"."policy_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_services_v_rels" ADD CONSTRAINT "_services_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_services_v_rels" ADD CONSTRAINT "_services_v_rels_zones_fk" FOREIGN KEY ("zones_id") REFERENCES "public"."zones"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "zones_highlights" ADD CONSTRAINT "zones_highlights_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."zones"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "zones_highlights_locales" ADD CONSTRAINT "zones_highlights_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."zones_highlights"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "zones" ADD CONSTRAINT "zones_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "zones_locales" ADD CONSTRAINT "zones_locales_translation_reviewed_by_id_users_id_fk" FOREIGN KEY ("translation_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "zones_locales" ADD CONSTRAINT "zones_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."zones"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics" ADD CONSTRAINT "topics_parent_id_topics_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."topics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "topics_locales" ADD CONSTRAINT "topics_locales_translation_reviewed_by_id_users_id_fk" FOREIGN KEY ("translation_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "topics_locales" ADD CONSTRAINT "topics_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sources_locales" ADD CONSTRAINT "sources_locales_translation_reviewed_by_id_users_id_fk" FOREIGN KEY ("translation_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sources_locales" ADD CONSTRAINT "sources_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_translation_reviewed_by_id_users_id_fk" FOREIGN KEY ("translation_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_languages" ADD CONSTRAINT "users_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "partners_allowed_locales" ADD CONSTRAINT "partners_allowed_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "partners_allowed_types" ADD CONSTRAINT "partners_allowed_types_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "partners_texts" ADD CONSTRAINT "partners_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "partners_rels" ADD CONSTRAINT "partners_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "partners_rels" ADD CONSTRAINT "partners_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "translation_batches_languages" ADD CONSTRAINT "translation_batches_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."translation_batches"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "translation_batches" ADD CONSTRAINT "translation_batches_requested_by_id_users_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "link_checks_redirects" ADD CONSTRAINT "link_checks_redirects_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."link_checks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "link_checks_usages" ADD CONSTRAINT "link_checks_usages_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."link_checks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "link_checks_history" ADD CONSTRAINT "link_checks_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."link_checks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_news_fk" FOREIGN KEY ("news_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_policy_documents_fk" FOREIGN KEY ("policy_documents_id") REFERENCES "public"."policy_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_policy_interpretations_fk" FOREIGN KEY ("policy_interpretations_id") REFERENCES "public"."policy_interpretations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_services_fk" FOREIGN KEY ("services_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_zones_fk" FOREIGN KEY ("zones_id") REFERENCES "public"."zones"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sources_fk" FOREIGN KEY ("sources_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_glossary_fk" FOREIGN KEY ("glossary_id") REFERENCES "public"."glossary"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_partners_fk" FOREIGN KEY ("partners_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_deepl_glossaries_fk" FOREIGN KEY ("deepl_glossaries_id") REFERENCES "public"."deepl_glossaries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_translation_memory_fk" FOREIGN KEY ("translation_memory_id") REFERENCES "public"."translation_memory"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_translation_batches_fk" FOREIGN KEY ("translation_batches_id") REFERENCES "public"."translation_batches"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_webhook_deliveries_fk" FOREIGN KEY ("webhook_deliveries_id") REFERENCES "public"."webhook_deliveries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_feed_state_fk" FOREIGN KEY ("feed_state_id") REFERENCES "public"."feed_state"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_link_checks_fk" FOREIGN KEY ("link_checks_id") REFERENCES "public"."link_checks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_search_index_fk" FOREIGN KEY ("search_index_id") REFERENCES "public"."search_index"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_log_fk" FOREIGN KEY ("audit_log_id") REFERENCES "public"."audit_log"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_partners_fk" FOREIGN KEY ("partners_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "news_hero_image_idx" ON "news" USING btree ("hero_image_id");
  CREATE UNIQUE INDEX "news_slug_idx" ON "news" USING btree ("slug");
  CREATE INDEX "news_source_idx" ON "news" USING btree ("source_id");
  CREATE INDEX "news_published_at_idx" ON "news" USING btree ("published_at");
  CREATE INDEX "news_updated_at_idx" ON "news" USING btree ("updated_at");
  CREATE INDEX "news_created_at_idx" ON "news" USING btree ("created_at");
  CREATE INDEX "news__status_idx" ON "news" USING btree ("_status");
  CREATE INDEX "news_translation_translation_state_idx" ON "news_locales" USING btree ("translation_state");
  CREATE INDEX "news_translation_translation_reviewed_by_idx" ON "news_locales" USING btree ("translation_reviewed_by_id");
  CREATE UNIQUE INDEX "news_locales_locale_parent_id_unique" ON "news_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "news_locales_parent_idx" ON "news_locales" USING btree ("_parent_id");
  CREATE INDEX "news_rels_order_idx" ON "news_rels" USING btree ("order");
  CREATE INDEX "news_rels_parent_idx" ON "news_rels" USING btree ("parent_id");
  CREATE INDEX "news_rels_path_idx" ON "news_rels" USING btree ("path");
  CREATE INDEX "news_rels_topics_id_idx" ON "news_rels" USING btree ("topics_id");
  CREATE INDEX "news_rels_zones_id_idx" ON "news_rels" USING btree ("zones_id");
  CREATE INDEX "_news_v_parent_idx" ON "_news_v" USING btree ("parent_id");
  CREATE INDEX "_news_v_version_version_hero_image_idx" ON "_news_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_news_v_version_version_slug_idx" ON "_news_v" USING btree ("version_slug");
  CREATE INDEX "_news_v_version_version_source_idx" ON "_news_v" USING btree ("version_source_id");
  CREATE INDEX "_news_v_version_version_published_at_idx" ON "_news_v" USING btree ("version_published_at");
  CREATE INDEX "_news_v_version_version_updated_at_idx" ON "_news_v" USING btree ("version_updated_at");
  CREATE INDEX "_news_v_version_version_created_at_idx" ON "_news_v" USING btree ("version_created_at");
  CREATE INDEX "_news_v_version_version__status_idx" ON "_news_v" USING btree ("version__status");
  CREATE INDEX "_news_v_created_at_idx" ON "_news_v" USING btree ("created_at");
  CREATE INDEX "_news_v_updated_at_idx" ON "_news_v" USING btree ("updated_at");
  CREATE INDEX "_news_v_snapshot_idx" ON "_news_v" USING btree ("snapshot");
  CREATE INDEX "_news_v_published_locale_idx" ON "_news_v" USING btree ("published_locale");
  CREATE INDEX "_news_v_latest_idx" ON "_news_v" USING btree ("latest");
  CREATE INDEX "_news_v_version_translation_version_translation_state_idx" ON "_news_v_locales" USING btree ("version_translation_state");
  CREATE INDEX "_news_v_version_translation_version_translation_reviewed_idx" ON "_news_v_locales" USING btree ("version_translation_reviewed_by_id");
  CREATE UNIQUE INDEX "_news_v_locales_locale_parent_id_unique" ON "_news_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_news_v_locales_parent_idx" ON "_news_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_news_v_rels_order_idx" ON "_news_v_rels" USING btree ("order");
  CREATE INDEX "_news_v_rels_parent_idx" ON "_news_v_rels" USING btree ("parent_id");
  CREATE INDEX "_news_v_rels_path_idx" ON "_news_v_rels" USING btree ("path");
  CREATE INDEX "_news_v_rels_topics_id_idx" ON "_news_v_rels" USING btree ("topics_id");
  CREATE INDEX "_news_v_rels_zones_id_idx" ON "_news_v_rels" USING btree ("zones_id");
  CREATE UNIQUE INDEX "policy_documents_document_number_idx" ON "policy_documents" USING btree ("document_number");
  CREATE INDEX "policy_documents_source_idx" ON "policy_documents" USING btree ("source_id");
  CREATE INDEX "policy_documents_replaced_by_idx" ON "policy_documents" USING btree ("replaced_by_id");
  CREATE UNIQUE INDEX "policy_documents_slug_idx" ON "policy_documents" USING btree ("slug");
  CREATE INDEX "policy_documents_updated_at_idx" ON "policy_documents" USING btree ("updated_at");
  CREATE INDEX "policy_documents_created_at_idx" ON "policy_documents" USING btree ("created_at");
  CREATE INDEX "policy_documents_translation_translation_state_idx" ON "policy_documents_locales" USING btree ("translation_state");
  CREATE INDEX "policy_documents_translation_translation_reviewed_by_idx" ON "policy_documents_locales" USING btree ("translation_reviewed_by_id");
  CREATE UNIQUE INDEX "policy_documents_locales_locale_parent_id_unique" ON "policy_documents_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "policy_documents_locales_parent_idx" ON "policy_documents_locales" USING btree ("_parent_id");
  CREATE INDEX "policy_documents_rels_order_idx" ON "policy_documents_rels" USING btree ("order");
  CREATE INDEX "policy_documents_rels_parent_idx" ON "policy_documents_rels" USING btree ("parent_id");
  CREATE INDEX "policy_documents_rels_path_idx" ON "policy_documents_rels" USING btree ("path");
  CREATE INDEX "policy_documents_rels_media_id_idx" ON "policy_documents_rels" USING btree ("media_id");
  CREATE INDEX "policy_documents_rels_topics_id_idx" ON "policy_documents_rels" USING btree ("topics_id");
  CREATE INDEX "policy_interpretations_key_points_order_idx" ON "policy_interpretations_key_points" USING btree ("_order");
  CREATE INDEX "policy_interpretations_key_points_parent_id_idx" ON "policy_interpretations_key_points" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "policy_interpretations_key_points_locales_locale_parent_id_u" ON "policy_interpretations_key_points_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "policy_interpretations_key_points_locales_parent_idx" ON "policy_interpretations_key_points_locales" USING btree ("_parent_id");
  CREATE INDEX "policy_interpretations_questions_order_idx" ON "policy_interpretations_questions" USING btree ("_order");
  CREATE INDEX "policy_interpretations_questions_parent_id_idx" ON "policy_interpretations_questions" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "policy_interpretations_questions_locales_locale_parent_id_un" ON "policy_interpretations_questions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "policy_interpretations_questions_locales_parent_idx" ON "policy_interpretations_questions_locales" USING btree ("_parent_id");
  CREATE INDEX "policy_interpretations_audience_order_idx" ON "policy_interpretations_audience" USING btree ("order");
  CREATE INDEX "policy_interpretations_audience_parent_idx" ON "policy_interpretations_audience" USING btree ("parent_id");
  CREATE INDEX "policy_interpretations_hero_image_idx" ON "policy_interpretations" USING btree ("hero_image_id");
  CREATE INDEX "policy_interpretations_interprets_idx" ON "policy_interpretations" USING btree ("interprets_id");
  CREATE INDEX "policy_interpretations_last_reviewed_by_idx" ON "policy_interpretations" USING btree ("last_reviewed_by_id");
  CREATE UNIQUE INDEX "policy_interpretations_slug_idx" ON "policy_interpretations" USING btree ("slug");
  CREATE INDEX "policy_interpretations_source_idx" ON "policy_interpretations" USING btree ("source_id");
  CREATE INDEX "policy_interpretations_published_at_idx" ON "policy_interpretations" USING btree ("published_at");
  CREATE INDEX "policy_interpretations_updated_at_idx" ON "policy_interpretations" USING btree ("updated_at");
  CREATE INDEX "policy_interpretations_created_at_idx" ON "policy_interpretations" USING btree ("created_at");
  CREATE INDEX "policy_interpretations__status_idx" ON "policy_interpretations" USING btree ("_status");
  CREATE INDEX "policy_interpretations_translation_translation_state_idx" ON "policy_interpretations_locales" USING btree ("translation_state");
  CREATE INDEX "policy_interpretations_translation_translation_reviewed__idx" ON "policy_interpretations_locales" USING btree ("translation_reviewed_by_id");
  CREATE UNIQUE INDEX "policy_interpretations_locales_locale_parent_id_unique" ON "policy_interpretations_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "policy_interpretations_locales_parent_idx" ON "policy_interpretations_locales" USING btree ("_parent_id");
  CREATE INDEX "policy_interpretations_rels_order_idx" ON "policy_interpretations_rels" USING btree ("order");
  CREATE INDEX "policy_interpretations_rels_parent_idx" ON "policy_interpretations_rels" USING btree ("parent_id");
  CREATE INDEX "policy_interpretations_rels_path_idx" ON "policy_interpretations_rels" USING btree ("path");
  CREATE INDEX "policy_interpretations_rels_services_id_idx" ON "policy_interpretations_rels" USING btree ("services_id");
  CREATE INDEX "policy_interpretations_rels_topics_id_idx" ON "policy_interpretations_rels" USING btree ("topics_id");
  CREATE INDEX "policy_interpretations_rels_zones_id_idx" ON "policy_interpretations_rels" USING btree ("zones_id");
  CREATE INDEX "_policy_interpretations_v_version_key_points_order_idx" ON "_policy_interpretations_v_version_key_points" USING btree ("_order");
  CREATE INDEX "_policy_interpretations_v_version_key_points_parent_id_idx" ON "_policy_interpretations_v_version_key_points" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_policy_interpretations_v_version_key_points_locales_locale_" ON "_policy_interpretations_v_version_key_points_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_policy_interpretations_v_version_key_points_locales_parent_idx" ON "_policy_interpretations_v_version_key_points_locales" USING btree ("_parent_id");
  CREATE INDEX "_policy_interpretations_v_version_questions_order_idx" ON "_policy_interpretations_v_version_questions" USING btree ("_order");
  CREATE INDEX "_policy_interpretations_v_version_questions_parent_id_idx" ON "_policy_interpretations_v_version_questions" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_policy_interpretations_v_version_questions_locales_locale_p" ON "_policy_interpretations_v_version_questions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_policy_interpretations_v_version_questions_locales_parent_idx" ON "_policy_interpretations_v_version_questions_locales" USING btree ("_parent_id");
  CREATE INDEX "_policy_interpretations_v_version_audience_order_idx" ON "_policy_interpretations_v_version_audience" USING btree ("order");
  CREATE INDEX "_policy_interpretations_v_version_audience_parent_idx" ON "_policy_interpretations_v_version_audience" USING btree ("parent_id");
  CREATE INDEX "_policy_interpretations_v_parent_idx" ON "_policy_interpretations_v" USING btree ("parent_id");
  CREATE INDEX "_policy_interpretations_v_version_version_hero_image_idx" ON "_policy_interpretations_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_policy_interpretations_v_version_version_interprets_idx" ON "_policy_interpretations_v" USING btree ("version_interprets_id");
  CREATE INDEX "_policy_interpretations_v_version_version_last_reviewed__idx" ON "_policy_interpretations_v" USING btree ("version_last_reviewed_by_id");
  CREATE INDEX "_policy_interpretations_v_version_version_slug_idx" ON "_policy_interpretations_v" USING btree ("version_slug");
  CREATE INDEX "_policy_interpretations_v_version_version_source_idx" ON "_policy_interpretations_v" USING btree ("version_source_id");
  CREATE INDEX "_policy_interpretations_v_version_version_published_at_idx" ON "_policy_interpretations_v" USING btree ("version_published_at");
  CREATE INDEX "_policy_interpretations_v_version_version_updated_at_idx" ON "_policy_interpretations_v" USING btree ("version_updated_at");
  CREATE INDEX "_policy_interpretations_v_version_version_created_at_idx" ON "_policy_interpretations_v" USING btree ("version_created_at");
  CREATE INDEX "_policy_interpretations_v_version_version__status_idx" ON "_policy_interpretations_v" USING btree ("version__status");
  CREATE INDEX "_policy_interpretations_v_created_at_idx" ON "_policy_interpretations_v" USING btree ("created_at");
  CREATE INDEX "_policy_interpretations_v_updated_at_idx" ON "_policy_interpretations_v" USING btree ("updated_at");
  CREATE INDEX "_policy_interpretations_v_snapshot_idx" ON "_policy_interpretations_v" USING btree ("snapshot");
  CREATE INDEX "_policy_interpretations_v_published_locale_idx" ON "_policy_interpretations_v" USING btree ("published_locale");
  CREATE INDEX "_policy_interpretations_v_latest_idx" ON "_policy_interpretations_v" USING btree ("latest");
  CREATE INDEX "_policy_interpretations_v_version_translation_version_tr_idx" ON "_policy_interpretations_v_locales" USING btree ("version_translation_state");
  CREATE INDEX "_policy_interpretations_v_version_translation_version__1_idx" ON "_policy_interpretations_v_locales" USING btree ("version_translation_reviewed_by_id");
  CREATE UNIQUE INDEX "_policy_interpretations_v_locales_locale_parent_id_unique" ON "_policy_interpretations_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_policy_interpretations_v_locales_parent_idx" ON "_policy_interpretations_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_policy_interpretations_v_rels_order_idx" ON "_policy_interpretations_v_rels" USING btree ("order");
  CREATE INDEX "_policy_interpretations_v_rels_parent_idx" ON "_policy_interpretations_v_rels" USING btree ("parent_id");
  CREATE INDEX "_policy_interpretations_v_rels_path_idx" ON "_policy_interpretations_v_rels" USING btree ("path");
  CREATE INDEX "_policy_interpretations_v_rels_services_id_idx" ON "_policy_interpretations_v_rels" USING btree ("services_id");
  CREATE INDEX "_policy_interpretations_v_rels_topics_id_idx" ON "_policy_interpretations_v_rels" USING btree ("topics_id");
  CREATE INDEX "_policy_interpretations_v_rels_zones_id_idx" ON "_policy_interpretations_v_rels" USING btree ("zones_id");
  CREATE INDEX "services_materials_order_idx" ON "services_materials" USING btree ("_order");
  CREATE INDEX "services_materials_parent_id_idx" ON "services_materials" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "services_materials_locales_locale_parent_id_unique" ON "services_materials_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "services_materials_locales_parent_idx" ON "services_materials_locales" USING btree ("_parent_id");
  CREATE INDEX "services_steps_order_idx" ON "services_steps" USING btree ("_order");
  CREATE INDEX "services_steps_parent_id_idx" ON "services_steps" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "services_steps_locales_locale_parent_id_unique" ON "services_steps_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "services_steps_locales_parent_idx" ON "services_steps_locales" USING btree ("_parent_id");
  CREATE INDEX "services_offices_order_idx" ON "services_offices" USING btree ("_order");
  CREATE INDEX "services_offices_parent_id_idx" ON "services_offices" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "services_offices_locales_locale_parent_id_unique" ON "services_offices_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "services_offices_locales_parent_idx" ON "services_offices_locales" USING btree ("_parent_id");
  CREATE INDEX "services_faqs_order_idx" ON "services_faqs" USING btree ("_order");
  CREATE INDEX "services_faqs_parent_id_idx" ON "services_faqs" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "services_faqs_locales_locale_parent_id_unique" ON "services_faqs_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "services_faqs_locales_parent_idx" ON "services_faqs_locales" USING btree ("_parent_id");
  CREATE INDEX "services_hero_image_idx" ON "services" USING btree ("hero_image_id");
  CREATE INDEX "services_last_reviewed_by_idx" ON "services" USING btree ("last_reviewed_by_id");
  CREATE UNIQUE INDEX "services_slug_idx" ON "services" USING btree ("slug");
  CREATE INDEX "services_source_idx" ON "services" USING btree ("source_id");
  CREATE INDEX "services_published_at_idx" ON "services" USING btree ("published_at");
  CREATE INDEX "services_updated_at_idx" ON "services" USING btree ("updated_at");
  CREATE INDEX "services_created_at_idx" ON "services" USING btree ("created_at");
  CREATE INDEX "services__status_idx" ON "services" USING btree ("_status");
  CREATE INDEX "services_translation_translation_state_idx" ON "services_locales" USING btree ("translation_state");
  CREATE INDEX "services_translation_translation_reviewed_by_idx" ON "services_locales" USING btree ("translation_reviewed_by_id");
  CREATE UNIQUE INDEX "services_locales_locale_parent_id_unique" ON "services_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "services_locales_parent_idx" ON "services_locales" USING btree ("_parent_id");
  CREATE INDEX "services_rels_order_idx" ON "services_rels" USING btree ("order");
  CREATE INDEX "services_rels_parent_idx" ON "services_rels" USING btree ("parent_id");
  CREATE INDEX "services_rels_path_idx" ON "services_rels" USING btree ("path");
  CREATE INDEX "services_rels_policy_documents_id_idx" ON "services_rels" USING btree ("policy_documents_id");
  CREATE INDEX "services_rels_topics_id_idx" ON "services_rels" USING btree ("topics_id");
  CREATE INDEX "services_rels_zones_id_idx" ON "services_rels" USING btree ("zones_id");
  CREATE INDEX "_services_v_version_materials_order_idx" ON "_services_v_version_materials" USING btree ("_order");
  CREATE INDEX "_services_v_version_materials_parent_id_idx" ON "_services_v_version_materials" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_services_v_version_materials_locales_locale_parent_id_uniqu" ON "_services_v_version_materials_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_services_v_version_materials_locales_parent_idx" ON "_services_v_version_materials_locales" USING btree ("_parent_id");
  CREATE INDEX "_services_v_version_steps_order_idx" ON "_services_v_version_steps" USING btree ("_order");
  CREATE INDEX "_services_v_version_steps_parent_id_idx" ON "_services_v_version_steps" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_services_v_version_steps_locales_locale_parent_id_unique" ON "_services_v_version_steps_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_services_v_version_steps_locales_parent_idx" ON "_services_v_version_steps_locales" USING btree ("_parent_id");
  CREATE INDEX "_services_v_version_offices_order_idx" ON "_services_v_version_offices" USING btree ("_order");
  CREATE INDEX "_services_v_version_offices_parent_id_idx" ON "_services_v_version_offices" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_services_v_version_offices_locales_locale_parent_id_unique" ON "_services_v_version_offices_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_services_v_version_offices_locales_parent_idx" ON "_services_v_version_offices_locales" USING btree ("_parent_id");
  CREATE INDEX "_services_v_version_faqs_order_idx" ON "_services_v_version_faqs" USING btree ("_order");
  CREATE INDEX "_services_v_version_faqs_parent_id_idx" ON "_services_v_version_faqs" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_services_v_version_faqs_locales_locale_parent_id_unique" ON "_services_v_version_faqs_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_services_v_version_faqs_locales_parent_idx" ON "_services_v_version_faqs_locales" USING btree ("_parent_id");
  CREATE INDEX "_services_v_parent_idx" ON "_services_v" USING btree ("parent_id");
  CREATE INDEX "_services_v_version_version_hero_image_idx" ON "_services_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_services_v_version_version_last_reviewed_by_idx" ON "_services_v" USING btree ("version_last_reviewed_by_id");
  CREATE INDEX "_services_v_version_version_slug_idx" ON "_services_v" USING btree ("version_slug");
  CREATE INDEX "_services_v_version_version_source_idx" ON "_services_v" USING btree ("version_source_id");
  CREATE INDEX "_services_v_version_version_published_at_idx" ON "_services_v" USING btree ("version_published_at");
  CREATE INDEX "_services_v_version_version_updated_at_idx" ON "_services_v" USING btree ("version_updated_at");
  CREATE INDEX "_services_v_version_version_created_at_idx" ON "_services_v" USING btree ("version_created_at");
  CREATE INDEX "_services_v_version_version__status_idx" ON "_services_v" USING btree ("version__status");
  CREATE INDEX "_services_v_created_at_idx" ON "_services_v" USING btree ("created_at");
  CREATE INDEX "_services_v_updated_at_idx" ON "_services_v" USING btree ("updated_at");
  CREATE INDEX "_services_v_snapshot_idx" ON "_services_v" USING btree ("snapshot");
  CREATE INDEX "_services_v_published_locale_idx" ON "_services_v" USING btree ("published_locale");
  CREATE INDEX "_services_v_latest_idx" ON "_services_v" USING btree ("latest");
  CREATE INDEX "_services_v_version_translation_version_translation_stat_idx" ON "_services_v_locales" USING btree ("version_translation_state");
  CREATE INDEX "_services_v_version_translation_version_translation_revi_idx" ON "_services_v_locales" USING btree ("version_translation_reviewed_by_id");
  CREATE UNIQUE INDEX "_services_v_locales_locale_parent_id_unique" ON "_services_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_services_v_locales_parent_idx" ON "_services_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_services_v_rels_order_idx" ON "_services_v_rels" USING btree ("order");
  CREATE INDEX "_services_v_rels_parent_idx" ON "_services_v_rels" USING btree ("parent_id");
  CREATE INDEX "_services_v_rels_path_idx" ON "_services_v_rels" USING btree ("path");
  CREATE INDEX "_services_v_rels_policy_documents_id_idx" ON "_services_v_rels" USING btree ("policy_documents_id");
  CREATE INDEX "_services_v_rels_topics_id_idx" ON "_services_v_rels" USING btree ("topics_id");
  CREATE INDEX "_services_v_rels_zones_id_idx" ON "_services_v_rels" USING btree ("zones_id");
  CREATE INDEX "zones_highlights_order_idx" ON "zones_highlights" USING btree ("_order");
  CREATE INDEX "zones_highlights_parent_id_idx" ON "zones_highlights" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "zones_highlights_locales_locale_parent_id_unique" ON "zones_highlights_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "zones_highlights_locales_parent_idx" ON "zones_highlights_locales" USING btree ("_parent_id");
  CREATE INDEX "zones_image_idx" ON "zones" USING btree ("image_id");
  CREATE UNIQUE INDEX "zones_slug_idx" ON "zones" USING btree ("slug");
  CREATE INDEX "zones_updated_at_idx" ON "zones" USING btree ("updated_at");
  CREATE INDEX "zones_created_at_idx" ON "zones" USING btree ("created_at");
  CREATE INDEX "zones_translation_translation_state_idx" ON "zones_locales" USING btree ("translation_state");
  CREATE INDEX "zones_translation_translation_reviewed_by_idx" ON "zones_locales" USING btree ("translation_reviewed_by_id");
  CREATE UNIQUE INDEX "zones_locales_locale_parent_id_unique" ON "zones_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "zones_locales_parent_idx" ON "zones_locales" USING btree ("_parent_id");
  CREATE INDEX "topics_parent_idx" ON "topics" USING btree ("parent_id");
  CREATE UNIQUE INDEX "topics_slug_idx" ON "topics" USING btree ("slug");
  CREATE INDEX "topics_updated_at_idx" ON "topics" USING btree ("updated_at");
  CREATE INDEX "topics_created_at_idx" ON "topics" USING btree ("created_at");
  CREATE INDEX "topics_translation_translation_state_idx" ON "topics_locales" USING btree ("translation_state");
  CREATE INDEX "topics_translation_translation_reviewed_by_idx" ON "topics_locales" USING btree ("translation_reviewed_by_id");
  CREATE UNIQUE INDEX "topics_locales_locale_parent_id_unique" ON "topics_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "topics_locales_parent_idx" ON "topics_locales" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "sources_slug_idx" ON "sources" USING btree ("slug");
  CREATE INDEX "sources_updated_at_idx" ON "sources" USING btree ("updated_at");
  CREATE INDEX "sources_created_at_idx" ON "sources" USING btree ("created_at");
  CREATE INDEX "sources_translation_translation_state_idx" ON "sources_locales" USING btree ("translation_state");
  CREATE INDEX "sources_translation_translation_reviewed_by_idx" ON "sources_locales" USING btree ("translation_reviewed_by_id");
  CREATE UNIQUE INDEX "sources_locales_locale_parent_id_unique" ON "sources_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "sources_locales_parent_idx" ON "sources_locales" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "glossary_term_idx" ON "glossary" USING btree ("term");
  CREATE INDEX "glossary_updated_at_idx" ON "glossary" USING btree ("updated_at");
  CREATE INDEX "glossary_created_at_idx" ON "glossary" USING btree ("created_at");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_thumbnail_webp_sizes_thumbnail_webp_filename_idx" ON "media" USING btree ("sizes_thumbnail_webp_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_card_webp_sizes_card_webp_filename_idx" ON "media" USING btree ("sizes_card_webp_filename");
  CREATE INDEX "media_sizes_hero_sizes_hero_filename_idx" ON "media" USING btree ("sizes_hero_filename");
  CREATE INDEX "media_sizes_hero_webp_sizes_hero_webp_filename_idx" ON "media" USING btree ("sizes_hero_webp_filename");
  CREATE INDEX "media_translation_translation_state_idx" ON "media_locales" USING btree ("translation_state");
  CREATE INDEX "media_translation_translation_reviewed_by_idx" ON "media_locales" USING btree ("translation_reviewed_by_id");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_locales_parent_idx" ON "media_locales" USING btree ("_parent_id");
  CREATE INDEX "users_languages_order_idx" ON "users_languages" USING btree ("order");
  CREATE INDEX "users_languages_parent_idx" ON "users_languages" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "partners_allowed_locales_order_idx" ON "partners_allowed_locales" USING btree ("order");
  CREATE INDEX "partners_allowed_locales_parent_idx" ON "partners_allowed_locales" USING btree ("parent_id");
  CREATE INDEX "partners_allowed_types_order_idx" ON "partners_allowed_types" USING btree ("order");
  CREATE INDEX "partners_allowed_types_parent_idx" ON "partners_allowed_types" USING btree ("parent_id");
  CREATE UNIQUE INDEX "partners_key_hash_idx" ON "partners" USING btree ("key_hash");
  CREATE INDEX "partners_updated_at_idx" ON "partners" USING btree ("updated_at");
  CREATE INDEX "partners_created_at_idx" ON "partners" USING btree ("created_at");
  CREATE INDEX "partners_texts_order_parent" ON "partners_texts" USING btree ("order","parent_id");
  CREATE INDEX "partners_rels_order_idx" ON "partners_rels" USING btree ("order");
  CREATE INDEX "partners_rels_parent_idx" ON "partners_rels" USING btree ("parent_id");
  CREATE INDEX "partners_rels_path_idx" ON "partners_rels" USING btree ("path");
  CREATE INDEX "partners_rels_topics_id_idx" ON "partners_rels" USING btree ("topics_id");
  CREATE UNIQUE INDEX "deepl_glossaries_locale_idx" ON "deepl_glossaries" USING btree ("locale");
  CREATE INDEX "deepl_glossaries_updated_at_idx" ON "deepl_glossaries" USING btree ("updated_at");
  CREATE INDEX "deepl_glossaries_created_at_idx" ON "deepl_glossaries" USING btree ("created_at");
  CREATE UNIQUE INDEX "translation_memory_key_idx" ON "translation_memory" USING btree ("key");
  CREATE INDEX "translation_memory_updated_at_idx" ON "translation_memory" USING btree ("updated_at");
  CREATE INDEX "translation_memory_created_at_idx" ON "translation_memory" USING btree ("created_at");
  CREATE INDEX "translation_batches_languages_order_idx" ON "translation_batches_languages" USING btree ("order");
  CREATE INDEX "translation_batches_languages_parent_idx" ON "translation_batches_languages" USING btree ("parent_id");
  CREATE INDEX "translation_batches_requested_by_idx" ON "translation_batches" USING btree ("requested_by_id");
  CREATE INDEX "translation_batches_updated_at_idx" ON "translation_batches" USING btree ("updated_at");
  CREATE INDEX "translation_batches_created_at_idx" ON "translation_batches" USING btree ("created_at");
  CREATE INDEX "webhook_deliveries_partner_idx" ON "webhook_deliveries" USING btree ("partner_id");
  CREATE UNIQUE INDEX "webhook_deliveries_event_id_idx" ON "webhook_deliveries" USING btree ("event_id");
  CREATE INDEX "webhook_deliveries_status_idx" ON "webhook_deliveries" USING btree ("status");
  CREATE INDEX "webhook_deliveries_updated_at_idx" ON "webhook_deliveries" USING btree ("updated_at");
  CREATE INDEX "webhook_deliveries_created_at_idx" ON "webhook_deliveries" USING btree ("created_at");
  CREATE INDEX "partner_itemType_itemId_locale_idx" ON "webhook_deliveries" USING btree ("partner_id","item_type","item_id","locale");
  CREATE UNIQUE INDEX "feed_state_key_idx" ON "feed_state" USING btree ("key");
  CREATE UNIQUE INDEX "feed_state_sequence_idx" ON "feed_state" USING btree ("sequence");
  CREATE INDEX "feed_state_item_type_idx" ON "feed_state" USING btree ("item_type");
  CREATE INDEX "feed_state_locale_idx" ON "feed_state" USING btree ("locale");
  CREATE INDEX "feed_state_updated_at_idx" ON "feed_state" USING btree ("updated_at");
  CREATE INDEX "feed_state_created_at_idx" ON "feed_state" USING btree ("created_at");
  CREATE INDEX "locale_sequence_idx" ON "feed_state" USING btree ("locale","sequence");
  CREATE INDEX "link_checks_redirects_order_idx" ON "link_checks_redirects" USING btree ("_order");
  CREATE INDEX "link_checks_redirects_parent_id_idx" ON "link_checks_redirects" USING btree ("_parent_id");
  CREATE INDEX "link_checks_usages_order_idx" ON "link_checks_usages" USING btree ("_order");
  CREATE INDEX "link_checks_usages_parent_id_idx" ON "link_checks_usages" USING btree ("_parent_id");
  CREATE INDEX "link_checks_usages_collection_idx" ON "link_checks_usages" USING btree ("collection");
  CREATE INDEX "link_checks_history_order_idx" ON "link_checks_history" USING btree ("_order");
  CREATE INDEX "link_checks_history_parent_id_idx" ON "link_checks_history" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "link_checks_url_idx" ON "link_checks" USING btree ("url");
  CREATE INDEX "link_checks_host_idx" ON "link_checks" USING btree ("host");
  CREATE INDEX "link_checks_status_idx" ON "link_checks" USING btree ("status");
  CREATE INDEX "link_checks_last_checked_at_idx" ON "link_checks" USING btree ("last_checked_at");
  CREATE INDEX "link_checks_updated_at_idx" ON "link_checks" USING btree ("updated_at");
  CREATE INDEX "link_checks_created_at_idx" ON "link_checks" USING btree ("created_at");
  CREATE INDEX "search_index_updated_at_idx" ON "search_index" USING btree ("updated_at");
  CREATE INDEX "search_index_created_at_idx" ON "search_index" USING btree ("created_at");
  CREATE INDEX "type_docId_idx" ON "search_index" USING btree ("type","doc_id");
  CREATE INDEX "locale_key_idx" ON "search_index" USING btree ("locale","key");
  CREATE INDEX "search_index_content_trgm_idx" ON "search_index" USING gin ("content" gin_trgm_ops);
  CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");
  CREATE INDEX "audit_log_actor_type_idx" ON "audit_log" USING btree ("actor_type");
  CREATE INDEX "audit_log_actor_id_idx" ON "audit_log" USING btree ("actor_id");
  CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor");
  CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action");
  CREATE INDEX "audit_log_collection_slug_idx" ON "audit_log" USING btree ("collection_slug");
  CREATE INDEX "audit_log_document_id_idx" ON "audit_log" USING btree ("document_id");
  CREATE INDEX "audit_log_locale_idx" ON "audit_log" USING btree ("locale");
  CREATE INDEX "audit_log_request_id_idx" ON "audit_log" USING btree ("request_id");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_concurrency_key_idx" ON "payload_jobs" USING btree ("concurrency_key");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_news_id_idx" ON "payload_locked_documents_rels" USING btree ("news_id");
  CREATE INDEX "payload_locked_documents_rels_policy_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("policy_documents_id");
  CREATE INDEX "payload_locked_documents_rels_policy_interpretations_id_idx" ON "payload_locked_documents_rels" USING btree ("policy_interpretations_id");
  CREATE INDEX "payload_locked_documents_rels_services_id_idx" ON "payload_locked_documents_rels" USING btree ("services_id");
  CREATE INDEX "payload_locked_documents_rels_zones_id_idx" ON "payload_locked_documents_rels" USING btree ("zones_id");
  CREATE INDEX "payload_locked_documents_rels_topics_id_idx" ON "payload_locked_documents_rels" USING btree ("topics_id");
  CREATE INDEX "payload_locked_documents_rels_sources_id_idx" ON "payload_locked_documents_rels" USING btree ("sources_id");
  CREATE INDEX "payload_locked_documents_rels_glossary_id_idx" ON "payload_locked_documents_rels" USING btree ("glossary_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_partners_id_idx" ON "payload_locked_documents_rels" USING btree ("partners_id");
  CREATE INDEX "payload_locked_documents_rels_deepl_glossaries_id_idx" ON "payload_locked_documents_rels" USING btree ("deepl_glossaries_id");
  CREATE INDEX "payload_locked_documents_rels_translation_memory_id_idx" ON "payload_locked_documents_rels" USING btree ("translation_memory_id");
  CREATE INDEX "payload_locked_documents_rels_translation_batches_id_idx" ON "payload_locked_documents_rels" USING btree ("translation_batches_id");
  CREATE INDEX "payload_locked_documents_rels_webhook_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("webhook_deliveries_id");
  CREATE INDEX "payload_locked_documents_rels_feed_state_id_idx" ON "payload_locked_documents_rels" USING btree ("feed_state_id");
  CREATE INDEX "payload_locked_documents_rels_link_checks_id_idx" ON "payload_locked_documents_rels" USING btree ("link_checks_id");
  CREATE INDEX "payload_locked_documents_rels_search_index_id_idx" ON "payload_locked_documents_rels" USING btree ("search_index_id");
  CREATE INDEX "payload_locked_documents_rels_audit_log_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_log_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_rels_partners_id_idx" ON "payload_preferences_rels" USING btree ("partners_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "news" CASCADE;
  DROP TABLE "news_locales" CASCADE;
  DROP TABLE "news_rels" CASCADE;
  DROP TABLE "_news_v" CASCADE;
  DROP TABLE "_news_v_locales" CASCADE;
  DROP TABLE "_news_v_rels" CASCADE;
  DROP TABLE "policy_documents" CASCADE;
  DROP TABLE "policy_documents_locales" CASCADE;
  DROP TABLE "policy_documents_rels" CASCADE;
  DROP TABLE "policy_interpretations_key_points" CASCADE;
  DROP TABLE "policy_interpretations_key_points_locales" CASCADE;
  DROP TABLE "policy_interpretations_questions" CASCADE;
  DROP TABLE "policy_interpretations_questions_locales" CASCADE;
  DROP TABLE "policy_interpretations_audience" CASCADE;
  DROP TABLE "policy_interpretations" CASCADE;
  DROP TABLE "policy_interpretations_locales" CASCADE;
  DROP TABLE "policy_interpretations_rels" CASCADE;
  DROP TABLE "_policy_interpretations_v_version_key_points" CASCADE;
  DROP TABLE "_policy_interpretations_v_version_key_points_locales" CASCADE;
  DROP TABLE "_policy_interpretations_v_version_questions" CASCADE;
  DROP TABLE "_policy_interpretations_v_version_questions_locales" CASCADE;
  DROP TABLE "_policy_interpretations_v_version_audience" CASCADE;
  DROP TABLE "_policy_interpretations_v" CASCADE;
  DROP TABLE "_policy_interpretations_v_locales" CASCADE;
  DROP TABLE "_policy_interpretations_v_rels" CASCADE;
  DROP TABLE "services_materials" CASCADE;
  DROP TABLE "services_materials_locales" CASCADE;
  DROP TABLE "services_steps" CASCADE;
  DROP TABLE "services_steps_locales" CASCADE;
  DROP TABLE "services_offices" CASCADE;
  DROP TABLE "services_offices_locales" CASCADE;
  DROP TABLE "services_faqs" CASCADE;
  DROP TABLE "services_faqs_locales" CASCADE;
  DROP TABLE "services" CASCADE;
  DROP TABLE "services_locales" CASCADE;
  DROP TABLE "services_rels" CASCADE;
  DROP TABLE "_services_v_version_materials" CASCADE;
  DROP TABLE "_services_v_version_materials_locales" CASCADE;
  DROP TABLE "_services_v_version_steps" CASCADE;
  DROP TABLE "_services_v_version_steps_locales" CASCADE;
  DROP TABLE "_services_v_version_offices" CASCADE;
  DROP TABLE "_services_v_version_offices_locales" CASCADE;
  DROP TABLE "_services_v_version_faqs" CASCADE;
  DROP TABLE "_services_v_version_faqs_locales" CASCADE;
  DROP TABLE "_services_v" CASCADE;
  DROP TABLE "_services_v_locales" CASCADE;
  DROP TABLE "_services_v_rels" CASCADE;
  DROP TABLE "zones_highlights" CASCADE;
  DROP TABLE "zones_highlights_locales" CASCADE;
  DROP TABLE "zones" CASCADE;
  DROP TABLE "zones_locales" CASCADE;
  DROP TABLE "topics" CASCADE;
  DROP TABLE "topics_locales" CASCADE;
  DROP TABLE "sources" CASCADE;
  DROP TABLE "sources_locales" CASCADE;
  DROP TABLE "glossary" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "users_languages" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "partners_allowed_locales" CASCADE;
  DROP TABLE "partners_allowed_types" CASCADE;
  DROP TABLE "partners" CASCADE;
  DROP TABLE "partners_texts" CASCADE;
  DROP TABLE "partners_rels" CASCADE;
  DROP TABLE "deepl_glossaries" CASCADE;
  DROP TABLE "translation_memory" CASCADE;
  DROP TABLE "translation_batches_languages" CASCADE;
  DROP TABLE "translation_batches" CASCADE;
  DROP TABLE "webhook_deliveries" CASCADE;
  DROP TABLE "feed_state" CASCADE;
  DROP TABLE "link_checks_redirects" CASCADE;
  DROP TABLE "link_checks_usages" CASCADE;
  DROP TABLE "link_checks_history" CASCADE;
  DROP TABLE "link_checks" CASCADE;
  DROP TABLE "search_index" CASCADE;
  DROP TABLE "audit_log" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_news_status";
  DROP TYPE "public"."enum_news_translation_state";
  DROP TYPE "public"."enum_news_translation_method";
  DROP TYPE "public"."enum__news_v_version_status";
  DROP TYPE "public"."enum__news_v_published_locale";
  DROP TYPE "public"."enum__news_v_version_translation_state";
  DROP TYPE "public"."enum__news_v_version_translation_method";
  DROP TYPE "public"."enum_policy_documents_validity";
  DROP TYPE "public"."enum_policy_documents_translation_state";
  DROP TYPE "public"."enum_policy_documents_translation_method";
  DROP TYPE "public"."enum_policy_interpretations_audience";
  DROP TYPE "public"."enum_policy_interpretations_format";
  DROP TYPE "public"."enum_policy_interpretations_status";
  DROP TYPE "public"."enum_policy_interpretations_translation_state";
  DROP TYPE "public"."enum_policy_interpretations_translation_method";
  DROP TYPE "public"."enum__policy_interpretations_v_version_audience";
  DROP TYPE "public"."enum__policy_interpretations_v_version_format";
  DROP TYPE "public"."enum__policy_interpretations_v_version_status";
  DROP TYPE "public"."enum__policy_interpretations_v_published_locale";
  DROP TYPE "public"."enum__policy_interpretations_v_version_translation_state";
  DROP TYPE "public"."enum__policy_interpretations_v_version_translation_method";
  DROP TYPE "public"."enum_services_status";
  DROP TYPE "public"."enum_services_translation_state";
  DROP TYPE "public"."enum_services_translation_method";
  DROP TYPE "public"."enum__services_v_version_status";
  DROP TYPE "public"."enum__services_v_published_locale";
  DROP TYPE "public"."enum__services_v_version_translation_state";
  DROP TYPE "public"."enum__services_v_version_translation_method";
  DROP TYPE "public"."enum_zones_translation_state";
  DROP TYPE "public"."enum_zones_translation_method";
  DROP TYPE "public"."enum_topics_translation_state";
  DROP TYPE "public"."enum_topics_translation_method";
  DROP TYPE "public"."enum_sources_translation_state";
  DROP TYPE "public"."enum_sources_translation_method";
  DROP TYPE "public"."enum_media_translation_state";
  DROP TYPE "public"."enum_media_translation_method";
  DROP TYPE "public"."enum_users_languages";
  DROP TYPE "public"."enum_users_role";
  DROP TYPE "public"."enum_partners_allowed_locales";
  DROP TYPE "public"."enum_partners_allowed_types";
  DROP TYPE "public"."enum_partners_rate_limit_tier";
  DROP TYPE "public"."enum_deepl_glossaries_locale";
  DROP TYPE "public"."enum_translation_memory_locale";
  DROP TYPE "public"."enum_translation_batches_languages";
  DROP TYPE "public"."enum_translation_batches_status";
  DROP TYPE "public"."enum_webhook_deliveries_event_type";
  DROP TYPE "public"."enum_webhook_deliveries_item_type";
  DROP TYPE "public"."enum_webhook_deliveries_locale";
  DROP TYPE "public"."enum_webhook_deliveries_status";
  DROP TYPE "public"."enum_link_checks_usages_locale";
  DROP TYPE "public"."enum_link_checks_history_status";
  DROP TYPE "public"."enum_link_checks_status";
  DROP TYPE "public"."enum_link_checks_error_kind";
  DROP TYPE "public"."enum_search_index_type";
  DROP TYPE "public"."enum_search_index_locale";
  DROP TYPE "public"."enum_audit_log_actor_type";
  DROP TYPE "public"."enum_audit_log_action";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
