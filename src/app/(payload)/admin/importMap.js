import { TranslationPanel as TranslationPanel_d008fd3d566af5dff8f3b70f6d0afbe7 } from '../../../translation/admin/TranslationPanel'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { MarkReviewedButton as MarkReviewedButton_b8df48383041a84295f73303173802eb } from '../../../reviews/admin/MarkReviewedButton'
import { ApplicationLinkNotice as ApplicationLinkNotice_a6ba3884d64d4fd08e4e0b3b66560124 } from '../../../links/admin/ApplicationLinkNotice'
import { ApiKeyPanel as ApiKeyPanel_e8b758a2ae82764f6e14f5291a10ceca } from '../../../feed/admin/ApiKeyPanel'
import { ReplayButton as ReplayButton_32c5e2ef61dbfd310b787b33a1ad48fb } from '../../../webhooks/admin/ReplayButton'
import { CheckNowButton as CheckNowButton_2e201ecabccc0184a4dac4ae02946d4d } from '../../../links/admin/CheckNowButton'
import { BrokenLinksNavLink as BrokenLinksNavLink_e79be6290543302ed253a15b9864beb9 } from '../../../links/admin/NavLink'
import { ContentUpkeepNavLink as ContentUpkeepNavLink_ceb26181ce74c86079ea2d893a0766e9 } from '../../../reviews/admin/NavLink'
import { TranslationsNavLink as TranslationsNavLink_5a59fe8287e23fd26bb7d63da14b5453 } from '../../../translation/admin/NavLink'
import { QaNavLink as QaNavLink_4a943d88faba6869bb90de27146217d9 } from '../../../qa/admin/NavLink'
import { BrokenLinksView as BrokenLinksView_01198f01cec6798bbad0b878162291fa } from '../../../links/admin/BrokenLinksView'
import { UpkeepView as UpkeepView_bfa2a602f1c5117632155f0f9aea0558 } from '../../../reviews/admin/UpkeepView'
import { DashboardView as DashboardView_52d54ea6e2d4c29dbd3baf0ae20da13c } from '../../../translation/admin/DashboardView'
import { ReviewView as ReviewView_0bf9307af4d4aba39e1398bf55ca36a0 } from '../../../translation/admin/ReviewView'
import { QaDashboardView as QaDashboardView_ca4040973c30a0f46811c82041eec1b1 } from '../../../qa/admin/QaDashboardView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/translation/admin/TranslationPanel#TranslationPanel": TranslationPanel_d008fd3d566af5dff8f3b70f6d0afbe7,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/reviews/admin/MarkReviewedButton#MarkReviewedButton": MarkReviewedButton_b8df48383041a84295f73303173802eb,
  "/links/admin/ApplicationLinkNotice#ApplicationLinkNotice": ApplicationLinkNotice_a6ba3884d64d4fd08e4e0b3b66560124,
  "/feed/admin/ApiKeyPanel#ApiKeyPanel": ApiKeyPanel_e8b758a2ae82764f6e14f5291a10ceca,
  "/webhooks/admin/ReplayButton#ReplayButton": ReplayButton_32c5e2ef61dbfd310b787b33a1ad48fb,
  "/links/admin/CheckNowButton#CheckNowButton": CheckNowButton_2e201ecabccc0184a4dac4ae02946d4d,
  "/links/admin/NavLink#BrokenLinksNavLink": BrokenLinksNavLink_e79be6290543302ed253a15b9864beb9,
  "/reviews/admin/NavLink#ContentUpkeepNavLink": ContentUpkeepNavLink_ceb26181ce74c86079ea2d893a0766e9,
  "/translation/admin/NavLink#TranslationsNavLink": TranslationsNavLink_5a59fe8287e23fd26bb7d63da14b5453,
  "/qa/admin/NavLink#QaNavLink": QaNavLink_4a943d88faba6869bb90de27146217d9,
  "/links/admin/BrokenLinksView#BrokenLinksView": BrokenLinksView_01198f01cec6798bbad0b878162291fa,
  "/reviews/admin/UpkeepView#UpkeepView": UpkeepView_bfa2a602f1c5117632155f0f9aea0558,
  "/translation/admin/DashboardView#DashboardView": DashboardView_52d54ea6e2d4c29dbd3baf0ae20da13c,
  "/translation/admin/ReviewView#ReviewView": ReviewView_0bf9307af4d4aba39e1398bf55ca36a0,
  "/qa/admin/QaDashboardView#QaDashboardView": QaDashboardView_ca4040973c30a0f46811c82041eec1b1,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
