/** An error answer in Payload's own REST shape, so the admin and API clients read it alike. */
export const apiError = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })
